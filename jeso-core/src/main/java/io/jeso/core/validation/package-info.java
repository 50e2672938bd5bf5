/** Checks of an ExternalSecret that run in the controller before anything is fetched or written. */
package io.jeso.core.validation;
