package io.jeso.operator.generator;

import io.jeso.core.generator.BoundGenerator;
import io.jeso.core.generator.GeneratorId;

/**
 * A generatorRef resolved to its object and bound to the generator that runs it.
 *
 * @param version the object's uid and generation: credentials issued under another version were
 *     issued by a different spec
 */
record ResolvedGenerator(GeneratorId id, String version, BoundGenerator<?> bound) {}
