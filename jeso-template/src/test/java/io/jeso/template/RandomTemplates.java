package io.jeso.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random (mostly valid) templates and data for the differential test. Deterministic for a
 * seed. Avoids functions whose results depend on the clock, randomness or Go's map iteration order.
 */
final class RandomTemplates {
  private static final String[] KEYS = {"a", "b", "n", "f", "s", "l", "m", "e", "z", "t", "u"};
  private static final String[] STRINGS = {
    "",
    "x",
    "hello",
    "Hello World",
    "  padded  ",
    "a,b,c",
    "é",
    "日本語",
    "tab\there",
    "line\nbreak",
    "<b>&\"'",
    "42",
    "-7",
    "3.5",
    "0x1F",
    "true",
    "a-b_c",
    "{{",
    "%d",
    "100%",
    "ZmFrZQ==",
    "[1,2]",
    "{\"k\":1}",
    "\u00e9t\u00e9",
    "CamelCase",
    "snake_case",
    "  ",
    "null"
  };
  private static final String[] FUNCS1 = {
    "upper",
    "lower",
    "title",
    "trim",
    "quote",
    "squote",
    "len",
    "toString",
    "b64enc",
    "b64dec",
    "sha256sum",
    "sha1sum",
    "toJson",
    "toRawJson",
    "toPrettyJson",
    "empty",
    "not",
    "int",
    "int64",
    "float64",
    "atoi",
    "print",
    "println",
    "html",
    "js",
    "urlquery",
    "first",
    "last",
    "splitList \",\"",
    "trunc 3",
    "abbrev 5",
    "indent 2",
    "nindent 2",
    "repeat 2",
    "replace \"a\" \"b\"",
    "contains \"a\"",
    "hasPrefix \"h\"",
    "hasSuffix \"o\"",
    "default \"dflt\"",
    "join \"-\"",
    "sortAlpha",
    "compact",
    "uniq",
    "reverse",
    "rest",
    "initial",
    "toStrings",
    "add1",
    "add 1",
    "sub 10",
    "mul 3",
    "max 5",
    "min 5",
    "floor",
    "ceil",
    "trimAll \"x\"",
    "trimPrefix \"h\"",
    "trimSuffix \"o\"",
    "cat \"z\"",
    "typeOf",
    "kindOf",
    "nospace",
    "swapcase",
    "initials",
    "untitle",
    "b32enc",
    "adler32sum",
    "fromJson",
    "printf \"%v\"",
    "printf \"%q\"",
    "printf \"%5s|\"",
    "printf \"%d\"",
    "printf \"%.2f\"",
    "printf \"%x\"",
    "printf \"%t\"",
    "printf \"%T\"",
    "printf \"%e\"",
    "printf \"%g\"",
    "printf \"%-6v|\"",
    "printf \"%+d\"",
    "printf \"%08.3f\"",
    "printf \"%#v\"",
    "printf \"%c\"",
    "printf \"%U\"",
    "toYaml",
    "snakecase",
    "kebabcase",
    "camelcase",
    "wrap 4",
    "wrapWith 3 \"|\"",
    "abbrevboth 5 10",
    "list",
    "hexdec",
    "regexFind \"[a-z]+\"",
    "regexReplaceAll \"[aeiou]\" \"_\"",
    "has 1",
    "without 1",
    "append 9",
    "prepend 0",
    "coalesce",
    "plural \"one\" \"many\""
  };
  private static final String[] STRING_FUNCS = {
    "upper",
    "lower",
    "title",
    "trim",
    "quote",
    "squote",
    "b64enc",
    "b64dec",
    "sha1sum",
    "toString",
    "nospace",
    "swapcase",
    "initials",
    "untitle",
    "snakecase",
    "kebabcase",
    "camelcase",
    "trunc 3",
    "trunc -2",
    "abbrev 5",
    "repeat 2",
    "replace \"a\" \"b\"",
    "trimAll \" x\"",
    "trimPrefix \"a\"",
    "trimSuffix \"c\"",
    "indent 2",
    "nindent 1",
    "wrap 4",
    "regexFind \"[a-z]+\"",
    "regexReplaceAll \"[0-9]\" \"#\"",
    "hexdec",
    "b32enc",
    "urlquery",
    "html",
    "js",
    "toJson",
    "toRawJson",
    "toYaml",
    "cat \"-\"",
    "printf \"<%s>\"",
    "printf \"%q\"",
    "printf \"%x\"",
    "printf \"%-8s|\"",
    "printf \"%.3s\"",
    "default \"d\"",
    "substr 1 3",
    "plural \"1\" \"n\" | len | toString",
    "splitList \",\" | join \"+\"",
    "split \",\" | toJson",
    "contains \"a\" | toString",
    "hasPrefix \"h\" | toString",
    "len | toString",
    "adler32sum",
    "semverCompare \">1\" | toString"
  };
  private static final String[] VERBS = {"%s", "%v", "%d", "%q", "%x", "%5.1f", "%-4s", "%t", "%g"};

  private final Random r;

  RandomTemplates(long seed) {
    this.r = new Random(seed);
  }

  List<Case> cases(int n, String prefix) {
    List<Case> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String mk =
          switch (r.nextInt(4)) {
            case 0 -> "error";
            case 1 -> "zero";
            default -> "";
          };
      out.add(new Case(prefix + i, template(), data(), mk, null, null, false));
    }
    return out;
  }

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  // ---- data

  String data() {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (String k : KEYS) {
      if (r.nextInt(5) == 0) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(k).append("\":").append(value(k, 0));
    }
    return sb.append('}').toString();
  }

  private String value(String k, int depth) {
    return switch (k) {
      case "a", "b", "s", "e" -> jsonString(k.equals("e") ? "" : pick(STRINGS));
      case "n" -> Long.toString(r.nextInt(2001) - 1000);
      case "f" -> randomFloat();
      case "t" -> Boolean.toString(r.nextBoolean());
      case "z" -> "null";
      case "l" -> depth > 1 ? "[]" : list(depth);
      case "m" -> depth > 1 ? "{}" : map(depth);
      default -> anyValue(depth);
    };
  }

  private String anyValue(int depth) {
    return switch (r.nextInt(depth > 1 ? 5 : 7)) {
      case 0 -> jsonString(pick(STRINGS));
      case 1 -> Long.toString(r.nextInt(200) - 100);
      case 2 -> randomFloat();
      case 3 -> Boolean.toString(r.nextBoolean());
      case 4 -> "null";
      case 5 -> list(depth);
      default -> map(depth);
    };
  }

  private String randomFloat() {
    return switch (r.nextInt(6)) {
      case 0 -> Double.toString(r.nextInt(1000) / 8.0);
      case 1 -> Double.toString((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 10));
      case 2 -> r.nextInt(100) + ".0";
      case 3 -> "1e" + (r.nextInt(40) - 10);
      case 4 -> Double.toString(r.nextDouble());
      default -> "0.1";
    };
  }

  private String list(int depth) {
    StringBuilder sb = new StringBuilder("[");
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(r.nextInt(3) == 0 ? anyValue(depth + 1) : Long.toString(r.nextInt(5)));
    }
    return sb.append(']').toString();
  }

  private String map(int depth) {
    StringBuilder sb = new StringBuilder("{");
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("\"k").append(i).append("\":").append(anyValue(depth + 1));
    }
    return sb.append('}').toString();
  }

  private static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  // ---- templates

  String template() {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      statement(sb, 0);
    }
    return sb.toString();
  }

  private void statement(StringBuilder sb, int depth) {
    int k = r.nextInt(depth > 1 ? 3 : 12);
    switch (k) {
      case 0 -> sb.append(pick(new String[] {"x", " ", "\n", "é", "-", " | ", "{", "}"}));
      case 1, 2 -> action(sb, expr(0));
      case 3 -> {
        action(sb, "if " + expr(0));
        statement(sb, depth + 1);
        if (r.nextBoolean()) {
          action(sb, "else");
          statement(sb, depth + 1);
        }
        action(sb, "end");
      }
      case 4 -> {
        action(
            sb,
            "range "
                + (r.nextBoolean() ? "$i, $v := " : "")
                + pick(
                    new String[] {
                      ".l", ".m", ".", "(list 1 2)", ".s", "3", ".z", "(splitList \",\" .a)"
                    }));
        statement(sb, depth + 1);
        if (r.nextInt(3) == 0) {
          action(sb, "else");
          statement(sb, depth + 1);
        }
        action(sb, "end");
      }
      case 5 -> {
        action(sb, "with " + expr(0));
        action(sb, r.nextBoolean() ? "." : expr(1));
        action(sb, "end");
      }
      case 6 -> {
        action(sb, "$x := " + expr(0));
        action(sb, "$x" + (r.nextBoolean() ? "" : " | " + pick(FUNCS1)));
      }
      case 7 ->
          action(
              sb,
              "printf "
                  + quoted(pick(VERBS) + pick(new String[] {"", " ", "|"}) + pick(VERBS))
                  + " "
                  + expr(1)
                  + " "
                  + expr(1));
      case 8 -> action(sb, expr(0) + " | " + pick(FUNCS1));
      default -> action(sb, stringChain());
    }
  }

  /** A pipeline over a string-typed start, through one to three string functions. */
  private String stringChain() {
    String start =
        switch (r.nextInt(5)) {
          case 0 -> quoted(pick(STRINGS));
          case 1 -> "." + pick(new String[] {"a", "b", "s"});
          case 2 -> "(printf \"%v\" " + arg(1) + ")";
          case 3 -> "(toString " + arg(1) + ")";
          default -> "(index . \"a\" | toString)";
        };
    StringBuilder sb = new StringBuilder(start);
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(" | ").append(pick(STRING_FUNCS));
    }
    return sb.toString();
  }

  private void action(StringBuilder sb, String body) {
    sb.append(r.nextInt(6) == 0 ? "{{- " : "{{ ")
        .append(body)
        .append(r.nextInt(6) == 0 ? " -}}" : " }}");
  }

  private static String quoted(String s) {
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
        + "\"";
  }

  private String arg(int depth) {
    String e = expr(depth);
    return e.indexOf(' ') >= 0 && !e.startsWith("(") ? "(" + e + ")" : e;
  }

  private String expr(int depth) {
    int k = r.nextInt(depth > 1 ? 4 : 12);
    return switch (k) {
      case 0 -> "." + pick(KEYS);
      case 1 -> pick(new String[] {".m.k0", ".m.k1", "$.a", ".", "$", ".l", ".nope"});
      case 2 -> literal();
      case 3 -> "." + pick(KEYS);
      case 4 -> "(" + arg(depth + 1) + " | " + pick(FUNCS1) + ")";
      case 5 ->
          pick(new String[] {"eq", "ne", "lt", "le", "gt", "ge"})
              + " "
              + arg(depth + 1)
              + " "
              + arg(depth + 1);
      case 6 -> pick(new String[] {"and", "or"}) + " " + arg(depth + 1) + " " + arg(depth + 1);
      case 7 ->
          "index "
              + pick(new String[] {".m \"k0\"", ".l 0", ".l 1", ". \"a\"", ".m \"zz\"", ".s 0"});
      case 8 -> "default " + arg(depth + 1) + " " + arg(depth + 1);
      case 9 ->
          pick(new String[] {"list", "dict \"k\"", "cat", "print", "coalesce", "ternary 1"})
              + " "
              + arg(depth + 1)
              + " "
              + arg(depth + 1);
      case 10 ->
          "("
              + pick(
                  new String[] {
                    "dict \"a\" 1 \"b\" (list 1 2)",
                    "list 3 1 2",
                    "splitList \",\" \"b,a,c\"",
                    "fromJson \"{\\\"x\\\":[1,2.5,\\\"y\\\"]}\""
                  })
              + ")";
      default ->
          pick(
                  FUNCS1.length > 0
                      ? new String[] {
                        "upper", "lower", "len", "toJson", "quote", "b64enc", "toString", "empty"
                      }
                      : KEYS)
              + " "
              + arg(depth + 1);
    };
  }

  private String literal() {
    return switch (r.nextInt(7)) {
      case 0 -> quoted(pick(STRINGS));
      case 1 -> Integer.toString(r.nextInt(200) - 100);
      case 2 -> pick(new String[] {"1.5", "0.1", "1e6", "2.0", "-0.25", "1e21", "123456.789"});
      case 3 -> pick(new String[] {"true", "false"});
      case 4 -> "nil";
      case 5 -> pick(new String[] {"'a'", "0x10", "`raw`"});
      default -> "\"" + pick(new String[] {"a", "k0", "x"}) + "\"";
    };
  }
}
