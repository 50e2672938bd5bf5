package io.jeso.template.exec;

import io.jeso.template.parse.Node;
import io.jeso.template.parse.Strconv;
import io.jeso.template.parse.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Execution state: templates, functions, options, variables, output and bounds. */
abstract class ExecState {
  static final Object MISSING = new Object();

  final Map<String, Tree> templates;
  final Map<String, GoFunc> funcs;
  final Executor.MissingKey missingKey;
  final Limits limits;
  final StringBuilder out = new StringBuilder();
  final List<Object[]> vars = new ArrayList<>();
  String tmplName;
  Node node;
  int depth;
  long steps;

  ExecState(
      Map<String, Tree> templates,
      Map<String, GoFunc> funcs,
      Executor.MissingKey missingKey,
      Limits limits) {
    this.templates = templates;
    this.funcs = funcs;
    this.missingKey = missingKey;
    this.limits = limits;
  }

  ExecException errorf(String msg) {
    if (node == null) {
      return new ExecException("template: " + tmplName + ": " + msg, false);
    }
    return new ExecException(
        "template: "
            + node.tree.location(node)
            + ": executing "
            + Strconv.quote(tmplName)
            + " at <"
            + node
            + ">: "
            + msg,
        false);
  }

  /** As {@link #errorf}, for a resource limit (kind LIMIT). */
  ExecException limitf(String msg) {
    return new ExecException(errorf(msg).getMessage(), true);
  }

  ExecException outputExceeded() {
    return new ExecException(
        "template: " + tmplName + ": output exceeded " + limits.maxOutputBytes() + " bytes", true);
  }

  void step() {
    if (++steps > limits.maxSteps()) {
      throw new ExecException(
          "template: " + tmplName + ": execution exceeded " + limits.maxSteps() + " steps", true);
    }
  }

  void write(String s) {
    if (out.length() + (long) s.length() > limits.maxOutputBytes()) {
      throw outputExceeded();
    }
    out.append(s);
  }

  // ---- variables

  int mark() {
    return vars.size();
  }

  void pop(int mark) {
    while (vars.size() > mark) {
      vars.remove(vars.size() - 1);
    }
  }

  void setVar(String name, Object value) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i)[0].equals(name)) {
        vars.get(i)[1] = value;
        return;
      }
    }
    throw errorf("undefined variable: " + name);
  }

  void setTopVar(int n, Object value) {
    vars.get(vars.size() - n)[1] = value;
  }

  Object varValue(String name) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i)[0].equals(name)) {
        return vars.get(i)[1];
      }
    }
    throw errorf("undefined variable: " + name);
  }
}
