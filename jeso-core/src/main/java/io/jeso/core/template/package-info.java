/**
 * The template engine (jeso-template) wired into the sync: {@link
 * io.jeso.core.template.GoTemplateRenderer} renders {@code spec.target.template} in ESO's order,
 * {@link io.jeso.core.template.GoKeyTemplates} renders {@code rewrite.transform}, and {@link
 * io.jeso.core.template.TemplatePreview} renders a template offline ({@code jeso template}). Error
 * messages name the template part and carry Go's error text, never a value.
 */
package io.jeso.core.template;
