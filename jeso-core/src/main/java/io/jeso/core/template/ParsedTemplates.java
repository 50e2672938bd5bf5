package io.jeso.core.template;

import io.jeso.core.sync.TemplateRenderer.TemplateException;
import io.jeso.template.Options;
import io.jeso.template.Template;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses templates once and executes them many times. ESO parses every template on every sync; the
 * same few templates are rendered again at each refresh of each ExternalSecret, so jeso keeps the
 * parsed form (templates are specs, not secrets, and a parsed template is immutable and
 * thread-safe). The cache is bounded by simply starting over when it is full: cheap, and a working
 * set larger than the bound only costs re-parsing, which is what ESO always does.
 */
final class ParsedTemplates {
  static final int MAX_ENTRIES = 4096;

  private final Options options;
  private final ConcurrentHashMap<Key, Template> cache = new ConcurrentHashMap<>();

  ParsedTemplates(Options options) {
    this.options = options;
  }

  Options options() {
    return options;
  }

  /**
   * Renders template {@code text} named {@code name} over {@code context}.
   *
   * @param part the template's place in the spec, the start of every error message
   * @throws TemplateException naming {@code part}, with Go's error text, values redacted
   */
  byte[] render(String part, String name, byte[] text, Object context, Redactor redactor)
      throws TemplateException {
    try {
      return parsed(name, text).executeBytes(context);
    } catch (io.jeso.template.TemplateException e) {
      throw new TemplateException(part + ": " + redactor.redact(e.getMessage()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // An engine defect or exhausted memory must fail this ExternalSecret, not the worker; the
      // exception's own message could quote data, so only its type is shown.
      throw new TemplateException(
          part + ": template failed: internal error (" + e.getClass().getSimpleName() + ")");
    }
  }

  private Template parsed(String name, byte[] text) throws io.jeso.template.TemplateException {
    Template t = cache.get(new Key(name, ByteBuffer.wrap(text)));
    if (t != null) {
      return t;
    }
    t = Template.parseBytes(name, text, options);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    // The caller's array may change later; the key keeps its own copy.
    cache.put(new Key(name, ByteBuffer.wrap(text.clone())), t);
    return t;
  }

  int size() {
    return cache.size();
  }

  /** Name and text: Go's error messages and {@code template} calls see the name. */
  private record Key(String name, ByteBuffer text) {
    @Override
    public String toString() {
      return "Key[" + name + ", " + text.remaining() + " bytes]";
    }
  }
}
