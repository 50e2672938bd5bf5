package io.jeso.template.exec;

import io.jeso.template.parse.Node;
import io.jeso.template.parse.Strconv;
import io.jeso.template.parse.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Walks a parsed template, as Go's text/template exec.go does, writing a byte string. */
public final class Executor extends Evaluator {
  /** How a missing map key is treated (Go's missingkey option). */
  public enum MissingKey {
    INVALID,
    ZERO,
    ERROR
  }

  private static final RuntimeException BREAK = new ExecException("break", false);
  private static final RuntimeException CONTINUE = new ExecException("continue", false);

  public Executor(
      Map<String, Tree> templates,
      Map<String, GoFunc> funcs,
      MissingKey missingKey,
      Limits limits) {
    super(templates, funcs, missingKey, limits);
  }

  /**
   * Executes template {@code name} with {@code data} (already in the engine's model); returns a
   * byte string.
   */
  public String execute(String name, Object data) {
    Tree t = templates.get(name);
    tmplName = name;
    vars.add(new Object[] {"$", data});
    if (t == null || t.root == null) {
      throw errorf(Strconv.quote(name) + " is an incomplete or empty template");
    }
    Limits prev = ValueLimits.enter(limits);
    try {
      walk(data, t.root);
    } catch (StackOverflowError e) {
      throw new ExecException("template: " + name + ": nesting too deep", true);
    } finally {
      ValueLimits.exit(prev);
    }
    return out.toString();
  }

  // ---- walking

  private void walk(Object dot, Node n) {
    step();
    node = n;
    if (n instanceof Node.ActionNode a) {
      Object val = evalPipeline(dot, a.pipe);
      if (a.pipe.decl.isEmpty()) {
        printValue(a, val);
      }
    } else if (n instanceof Node.BreakNode) {
      throw BREAK;
    } else if (n instanceof Node.ContinueNode) {
      throw CONTINUE;
    } else if (n instanceof Node.BranchNode b) {
      if (b.kind == Node.BranchKind.RANGE) {
        walkRange(dot, b);
      } else {
        walkIfOrWith(b, dot);
      }
    } else if (n instanceof Node.ListNode l) {
      for (Node c : l.nodes) {
        walk(dot, c);
      }
    } else if (n instanceof Node.TemplateNode t) {
      walkTemplate(dot, t);
    } else if (n instanceof Node.TextNode t) {
      write(t.text);
    } else {
      throw errorf("unknown node: " + n);
    }
  }

  private void walkIfOrWith(Node.BranchNode b, Object dot) {
    int mark = mark();
    try {
      Object val = evalPipeline(dot, b.pipe);
      if (Values.isTrue(val)) {
        walk(b.kind == Node.BranchKind.WITH ? val : dot, b.list);
      } else if (b.elseList != null) {
        walk(dot, b.elseList);
      }
    } finally {
      pop(mark);
    }
  }

  private void walkRange(Object dot, Node.BranchNode r) {
    node = r;
    int outer = mark();
    try {
      Object val = evalPipeline(dot, r.pipe);
      int mark = mark();
      if (rangeOver(r, val, mark)) {
        return;
      }
      if (r.elseList != null) {
        walk(dot, r.elseList);
      }
    } catch (RuntimeException e) {
      if (e != BREAK) {
        throw e;
      }
    } finally {
      pop(outer);
    }
  }

  /** Iterates; returns false when there was nothing to iterate (so the else branch runs). */
  private boolean rangeOver(Node.BranchNode r, Object val, int mark) {
    if (val == null) {
      return false;
    }
    Long n = Values.intValue(val);
    if (n != null) {
      if (r.pipe.decl.size() > 1) {
        throw errorf(
            "can't use value of type "
                + Values.typeOf(val)
                + " to iterate over more than one variable");
      }
      boolean unsigned = val instanceof GoInt gi && gi.isUnsigned();
      long count = n;
      for (long i = 0; unsigned ? Long.compareUnsigned(i, count) < 0 : i < count; i++) {
        oneIteration(r, null, val instanceof GoInt gi ? new GoInt(gi.type(), i) : (Object) i, mark);
      }
      return count != 0;
    }
    if (val instanceof List<?> list) {
      if (list.isEmpty()) {
        return false;
      }
      boolean iface = !(list instanceof TypedList);
      for (int i = 0; i < list.size(); i++) {
        Object e = list.get(i);
        oneIteration(r, (long) i, e == null && iface ? Values.NIL_IFACE : e, mark);
      }
      return true;
    }
    if (val instanceof byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        oneIteration(r, (long) i, GoInt.uint8(bytes[i]), mark);
      }
      return bytes.length > 0;
    }
    if (val instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return false;
      }
      boolean iface = !(map instanceof TypedMap);
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        Object v = e.getValue();
        oneIteration(r, e.getKey(), v == null && iface ? Values.NIL_IFACE : v, mark);
      }
      return true;
    }
    throw errorf("range can't iterate over value of type " + Values.typeOf(val));
  }

  private void oneIteration(Node.BranchNode r, Object index, Object elem, int mark) {
    List<Node.VariableNode> decl = r.pipe.decl;
    if (!decl.isEmpty()) {
      if (r.pipe.isAssign) {
        setVar(decl.get(0).ident.get(0), decl.size() > 1 ? index : elem);
      } else {
        setTopVar(1, elem);
      }
    }
    if (decl.size() > 1) {
      if (r.pipe.isAssign) {
        setVar(decl.get(1).ident.get(0), elem);
      } else {
        setTopVar(2, index);
      }
    }
    try {
      walk(elem, r.list);
    } catch (RuntimeException e) {
      if (e != CONTINUE) {
        throw e;
      }
    } finally {
      pop(mark);
    }
  }

  private void walkTemplate(Object dot, Node.TemplateNode t) {
    node = t;
    Tree tmpl = templates.get(t.name);
    if (tmpl == null || tmpl.root == null) {
      throw errorf("template " + Strconv.quote(t.name) + " not defined");
    }
    if (depth >= limits.maxDepth()) {
      throw new ExecException(
          "template: "
              + t.tree.location(t)
              + ": exceeded maximum template depth ("
              + limits.maxDepth()
              + ")",
          true);
    }
    Object newDot = evalPipeline(dot, t.pipe);
    List<Object[]> saved = new ArrayList<>(vars);
    String savedName = tmplName;
    vars.clear();
    vars.add(new Object[] {"$", newDot});
    tmplName = t.name;
    depth++;
    try {
      walk(newDot, tmpl.root);
    } finally {
      depth--;
      tmplName = savedName;
      vars.clear();
      vars.addAll(saved);
    }
  }
}
