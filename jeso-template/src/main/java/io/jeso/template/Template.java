package io.jeso.template;

import io.jeso.template.exec.Builtins;
import io.jeso.template.exec.ExecException;
import io.jeso.template.exec.Executor;
import io.jeso.template.exec.GoType;
import io.jeso.template.exec.TypedMap;
import io.jeso.template.exec.Values;
import io.jeso.template.parse.BStr;
import io.jeso.template.parse.ParseException;
import io.jeso.template.parse.Parser;
import io.jeso.template.parse.Tree;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed Go text/template. Parse once, execute many times (thread-safe). Output is byte-identical
 * to Go's text/template with sprig.
 *
 * <pre>{@code
 * Template t = Template.parse("x", "{{ .user | upper }}", Options.eso());
 * String s = t.execute(Map.of("user", "me"));
 * }</pre>
 */
public final class Template {
  private final String name;
  private final Map<String, Tree> trees;
  private final Options options;

  private Template(String name, Map<String, Tree> trees, Options options) {
    this.name = name;
    this.trees = trees;
    this.options = options;
  }

  /** Parses {@code text} as template {@code name}. */
  public static Template parse(String name, String text, Options options) throws TemplateException {
    return parseBytes(name, text.getBytes(StandardCharsets.UTF_8), options);
  }

  /** Parses template text given as bytes (any bytes, as Go does). */
  public static Template parseBytes(String name, byte[] text, Options options)
      throws TemplateException {
    Map<String, Tree> trees = new HashMap<>();
    Map<String, ?> funcs = options.functions().map();
    try {
      Parser.parse(
          BStr.of(name),
          BStr.of(text),
          BStr.of(options.leftDelim()),
          BStr.of(options.rightDelim()),
          f -> funcs.containsKey(f) || Builtins.FUNCS.containsKey(f),
          trees);
    } catch (ParseException e) {
      throw new TemplateException(TemplateException.Kind.PARSE, BStr.toJava(e.getMessage()));
    } catch (StackOverflowError e) {
      throw new TemplateException(
          TemplateException.Kind.PARSE, "template: " + name + ": nesting too deep");
    }
    return new Template(BStr.of(name), Map.copyOf(trees), options);
  }

  /**
   * Executes with Java data: maps with string keys, lists, strings, numbers (Integer/Long are Go
   * int, Double is float64), booleans, null and byte arrays (as Go strings). Returns the output
   * decoded as UTF-8.
   */
  public String execute(Object data) throws TemplateException {
    return new String(executeBytes(data), StandardCharsets.UTF_8);
  }

  /** Executes and returns the exact output bytes. */
  public byte[] executeBytes(Object data) throws TemplateException {
    Object model = Values.fromJava(data);
    Executor.MissingKey mk =
        switch (options.missingKey()) {
          case DEFAULT -> Executor.MissingKey.INVALID;
          case ZERO -> Executor.MissingKey.ZERO;
          case ERROR -> Executor.MissingKey.ERROR;
        };
    Executor ex = new Executor(trees, options.functions().map(), mk, options.limits());
    try {
      return BStr.bytes(ex.execute(name, model));
    } catch (ExecException e) {
      TemplateException.Kind kind =
          e.isLimit() ? TemplateException.Kind.LIMIT : TemplateException.Kind.EXEC;
      throw new TemplateException(kind, BStr.toJava(e.getMessage()));
    }
  }

  /**
   * ESO's template context: a {@code map[string]string} built from the fetched secret bytes (so
   * {@code index . "missing"} is the empty string and sprig's map functions reject it, as in ESO).
   */
  public static Object esoData(Map<String, byte[]> secretData) {
    TypedMap m = new TypedMap(GoType.STRING);
    secretData.forEach((k, v) -> m.put(k, v));
    return m;
  }

  public String name() {
    return BStr.toJava(name);
  }
}
