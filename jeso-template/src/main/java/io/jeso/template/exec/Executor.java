package io.jeso.template.exec;

import io.jeso.template.parse.Node;
import io.jeso.template.parse.Strconv;
import io.jeso.template.parse.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Walks a parsed template, as Go's text/template exec.go does, writing a byte string. */
public final class Executor {
  /** How a missing map key is treated (Go's missingkey option). */
  public enum MissingKey {
    INVALID,
    ZERO,
    ERROR
  }

  static final Object MISSING = new Object();

  private static final RuntimeException BREAK = new ExecException("break", false);
  private static final RuntimeException CONTINUE = new ExecException("continue", false);

  private final Map<String, Tree> templates;
  private final Map<String, GoFunc> funcs;
  private final MissingKey missingKey;
  private final Limits limits;
  private final StringBuilder out = new StringBuilder();
  private final List<Object[]> vars = new ArrayList<>();
  private String tmplName;
  private Node node;
  private int depth;
  private long steps;

  public Executor(
      Map<String, Tree> templates,
      Map<String, GoFunc> funcs,
      MissingKey missingKey,
      Limits limits) {
    this.templates = templates;
    this.funcs = funcs;
    this.missingKey = missingKey;
    this.limits = limits;
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
    try {
      walk(data, t.root);
    } catch (StackOverflowError e) {
      throw new ExecException("template: " + name + ": nesting too deep", true);
    }
    return out.toString();
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

  private void step() {
    if (++steps > limits.maxSteps()) {
      throw new ExecException(
          "template: " + tmplName + ": execution exceeded " + limits.maxSteps() + " steps", true);
    }
  }

  private void write(String s) {
    if (out.length() + (long) s.length() > limits.maxOutputBytes()) {
      throw new ExecException(
          "template: " + tmplName + ": output exceeded " + limits.maxOutputBytes() + " bytes",
          true);
    }
    out.append(s);
  }

  // ---- variables

  private int mark() {
    return vars.size();
  }

  private void pop(int mark) {
    while (vars.size() > mark) {
      vars.remove(vars.size() - 1);
    }
  }

  private void setVar(String name, Object value) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i)[0].equals(name)) {
        vars.get(i)[1] = value;
        return;
      }
    }
    throw errorf("undefined variable: " + name);
  }

  private void setTopVar(int n, Object value) {
    vars.get(vars.size() - n)[1] = value;
  }

  private Object varValue(String name) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i)[0].equals(name)) {
        return vars.get(i)[1];
      }
    }
    throw errorf("undefined variable: " + name);
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

  // ---- evaluation

  Object evalPipeline(Object dot, Node.PipeNode pipe) {
    if (pipe == null) {
      return null;
    }
    node = pipe;
    Object value = MISSING;
    for (Node.CommandNode cmd : pipe.cmds) {
      value = evalCommand(dot, cmd, value);
      if (value == Values.NIL_IFACE) {
        value = null;
      }
    }
    for (Node.VariableNode v : pipe.decl) {
      if (pipe.isAssign) {
        setVar(v.ident.get(0), value);
      } else {
        vars.add(new Object[] {v.ident.get(0), value});
      }
    }
    return value;
  }

  private void notAFunction(List<Node> args, Object fin) {
    if (args.size() > 1 || fin != MISSING) {
      throw errorf("can't give argument to non-function " + args.get(0));
    }
  }

  private Object evalCommand(Object dot, Node.CommandNode cmd, Object fin) {
    step();
    Node first = cmd.args.get(0);
    if (first instanceof Node.FieldNode f) {
      return evalFieldNode(dot, f, cmd.args, fin);
    } else if (first instanceof Node.ChainNode c) {
      return evalChainNode(dot, c, cmd.args, fin);
    } else if (first instanceof Node.IdentifierNode id) {
      return evalFunction(dot, id, cmd, cmd.args, fin);
    } else if (first instanceof Node.PipeNode p) {
      notAFunction(cmd.args, fin);
      return evalPipeline(dot, p);
    } else if (first instanceof Node.VariableNode v) {
      return evalVariableNode(dot, v, cmd.args, fin);
    }
    node = first;
    notAFunction(cmd.args, fin);
    if (first instanceof Node.BoolNode b) {
      return b.value;
    } else if (first instanceof Node.DotNode) {
      return dot;
    } else if (first instanceof Node.NilNode) {
      throw errorf("nil is not a command");
    } else if (first instanceof Node.NumberNode n) {
      return idealConstant(n);
    } else if (first instanceof Node.StringNode s) {
      return s.text;
    }
    throw errorf("can't evaluate command " + Strconv.quote(first.toString()));
  }

  private Object idealConstant(Node.NumberNode c) {
    node = c;
    if (c.isComplex) {
      throw errorf("complex constant " + c.text + " is not supported");
    }
    String t = c.text;
    boolean hexInt =
        t.length() > 2
            && t.charAt(0) == '0'
            && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
            && t.indexOf('p') < 0
            && t.indexOf('P') < 0;
    boolean runeInt = !t.isEmpty() && t.charAt(0) == '\'';
    if (c.isFloat && !hexInt && !runeInt && containsAny(t, ".eEpP")) {
      return c.float64;
    }
    if (c.isInt) {
      return c.int64;
    }
    if (c.isUint) {
      throw errorf(t + " overflows int");
    }
    return null;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private Object evalFieldNode(Object dot, Node.FieldNode f, List<Node> args, Object fin) {
    node = f;
    return evalFieldChain(dot, dot, f, f.ident, args, fin);
  }

  private Object evalChainNode(Object dot, Node.ChainNode c, List<Node> args, Object fin) {
    node = c;
    if (c.node instanceof Node.NilNode) {
      throw errorf("indirection through explicit nil in " + c);
    }
    Object pipe = evalArg(dot, null, c.node);
    return evalFieldChain(dot, pipe, c, c.field, args, fin);
  }

  private Object evalVariableNode(Object dot, Node.VariableNode v, List<Node> args, Object fin) {
    node = v;
    Object value = varValue(v.ident.get(0));
    if (v.ident.size() == 1) {
      notAFunction(args == null ? List.of(v) : args, fin);
      return value;
    }
    return evalFieldChain(dot, value, v, v.ident.subList(1, v.ident.size()), args, fin);
  }

  private Object evalFieldChain(
      Object dot, Object receiver, Node n, List<String> ident, List<Node> args, Object fin) {
    int len = ident.size();
    for (int i = 0; i < len - 1; i++) {
      receiver = evalField(dot, ident.get(i), n, null, MISSING, receiver);
    }
    return evalField(dot, ident.get(len - 1), n, args, fin, receiver);
  }

  private Object evalField(
      Object dot, String name, Node n, List<Node> args, Object fin, Object receiver) {
    if (receiver == null) {
      if (missingKey == MissingKey.ERROR) {
        throw errorf("nil data; no entry for key " + Strconv.quote(name));
      }
      return null;
    }
    if (receiver == Values.NIL_IFACE) {
      throw errorf("nil pointer evaluating interface {}." + name);
    }
    boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
    if (receiver instanceof GoObject o) {
      GoFunc m = o.method(name);
      if (m != null) {
        return evalCall(dot, m, false, n, name, args, fin);
      }
      if (o.hasField(name)) {
        if (hasArgs) {
          throw errorf(name + " has arguments but cannot be invoked as function");
        }
        return o.field(name);
      }
    } else if (receiver instanceof Map<?, ?> map) {
      if (hasArgs) {
        throw errorf(name + " is not a method but has arguments");
      }
      if (map.containsKey(name)) {
        Object v = map.get(name);
        return v == null && !(map instanceof TypedMap) ? Values.NIL_IFACE : v;
      }
      return switch (missingKey) {
        case INVALID -> null;
        case ZERO -> map instanceof TypedMap tm ? Values.zero(tm.elem()) : Values.NIL_IFACE;
        case ERROR -> throw errorf("map has no entry for key " + Strconv.quote(name));
      };
    }
    throw errorf("can't evaluate field " + name + " in type " + Values.typeOf(receiver));
  }

  private Object evalFunction(
      Object dot, Node.IdentifierNode id, Node cmd, List<Node> args, Object fin) {
    node = id;
    GoFunc f = funcs.get(id.ident);
    boolean builtin = false;
    if (f == null) {
      f = Builtins.FUNCS.get(id.ident);
      builtin = f != null;
    }
    if (f == null) {
      throw errorf(Strconv.quote(id.ident) + " is not a defined function");
    }
    return evalCall(dot, f, builtin, cmd, id.ident, args, fin);
  }

  private Object evalCall(
      Object dot, GoFunc f, boolean builtin, Node n, String name, List<Node> args, Object fin) {
    List<Node> a = args == null ? List.of() : args.subList(1, args.size());
    int numIn = a.size() + (fin != MISSING ? 1 : 0);
    int numParams = f.params().length;
    int numFixed = a.size();
    if (f.variadic()) {
      numFixed = numParams - 1;
      if (numIn < numFixed) {
        throw errorf(
            "wrong number of args for "
                + name
                + ": want at least "
                + (numParams - 1)
                + " got "
                + a.size());
      }
    } else if (numIn != numParams) {
      throw errorf("wrong number of args for " + name + ": want " + numParams + " got " + numIn);
    }
    if (builtin && (name.equals("and") || name.equals("or"))) {
      return andOr(dot, name.equals("or"), a, fin);
    }
    Object[] argv = new Object[numIn];
    int i = 0;
    for (; i < numFixed && i < a.size(); i++) {
      argv[i] = evalArg(dot, f.params()[i], a.get(i));
    }
    if (f.variadic()) {
      GoType t = f.params()[numParams - 1];
      for (; i < a.size(); i++) {
        argv[i] = evalArg(dot, t, a.get(i));
      }
    }
    if (fin != MISSING) {
      GoType t = f.params()[numParams - 1];
      if (f.variadic() && numIn - 1 < numFixed) {
        t = f.params()[numIn - 1];
      }
      argv[i] = validateType(fin, t);
    }
    for (int k = 0; k < argv.length; k++) {
      if (argv[k] == Values.NIL_IFACE) {
        argv[k] = null;
      }
    }
    try {
      return f.impl().call(argv);
    } catch (FuncException e) {
      node = n;
      throw errorf("error calling " + name + ": " + e.getMessage());
    } catch (ExecException e) {
      throw e;
    } catch (RuntimeException e) {
      node = n;
      throw errorf("error calling " + name + ": " + e.getClass().getSimpleName());
    }
  }

  private Object andOr(Object dot, boolean or, List<Node> a, Object fin) {
    Object v = null;
    for (Node arg : a) {
      v = evalArg(dot, GoType.REFLECT_VALUE, arg);
      if (Values.isTrue(v) == or) {
        return v;
      }
    }
    if (fin != MISSING) {
      v = validateType(fin, GoType.REFLECT_VALUE);
    }
    return v;
  }

  private Object validateType(Object value, GoType typ) {
    if (value == null) {
      if (typ == null || typ.canBeNil()) {
        return null;
      }
      throw errorf("invalid value; expected " + typ);
    }
    if (typ == null || typ.isInterface()) {
      return value;
    }
    GoType vt = Values.typeOf(value);
    if (!vt.equals(typ)) {
      throw errorf("wrong type for value; expected " + typ + "; got " + vt);
    }
    return value;
  }

  private Object evalArg(Object dot, GoType typ, Node n) {
    node = n;
    if (n instanceof Node.DotNode) {
      return validateType(dot, typ);
    } else if (n instanceof Node.NilNode) {
      if (typ != null && typ.canBeNil()) {
        return null;
      }
      throw errorf("cannot assign nil to " + typ);
    } else if (n instanceof Node.FieldNode f) {
      return validateType(evalFieldNode(dot, f, List.of(n), MISSING), typ);
    } else if (n instanceof Node.VariableNode v) {
      return validateType(evalVariableNode(dot, v, null, MISSING), typ);
    } else if (n instanceof Node.PipeNode p) {
      return validateType(evalPipeline(dot, p), typ);
    } else if (n instanceof Node.IdentifierNode id) {
      return validateType(evalFunction(dot, id, id, null, MISSING), typ);
    } else if (n instanceof Node.ChainNode c) {
      return validateType(evalChainNode(dot, c, null, MISSING), typ);
    }
    return evalConstantArg(typ, n);
  }

  private Object evalConstantArg(GoType typ, Node n) {
    switch (typ.kind()) {
      case BOOL:
        if (n instanceof Node.BoolNode b) {
          return b.value;
        }
        throw errorf("expected bool; found " + n);
      case FLOAT64:
        if (n instanceof Node.NumberNode num && num.isFloat && !num.isComplex) {
          return num.float64;
        }
        throw errorf("expected float; found " + n);
      case INT, INT8, INT16, INT32, INT64:
        if (n instanceof Node.NumberNode num && num.isInt && !num.isComplex) {
          return typ.kind() == GoType.Kind.INT ? (Object) num.int64 : new GoInt(typ, num.int64);
        }
        throw errorf("expected integer; found " + n);
      case UINT, UINT8, UINT16, UINT32, UINT64:
        if (n instanceof Node.NumberNode num && num.isUint && !num.isComplex) {
          return new GoInt(typ, num.uint64);
        }
        throw errorf("expected unsigned integer; found " + n);
      case STRING:
        if (n instanceof Node.StringNode s) {
          return s.text;
        }
        throw errorf("expected string; found " + n);
      case INTERFACE:
        return evalEmptyInterface(n);
      default:
        throw errorf("can't handle " + n + " for arg of type " + typ);
    }
  }

  private Object evalEmptyInterface(Node n) {
    node = n;
    if (n instanceof Node.BoolNode b) {
      return b.value;
    } else if (n instanceof Node.NumberNode num) {
      return idealConstant(num);
    } else if (n instanceof Node.StringNode s) {
      return s.text;
    }
    throw errorf("can't handle assignment of " + n + " to empty interface argument");
  }

  private void printValue(Node n, Object v) {
    node = n;
    write(v == null ? "<no value>" : GoFmt.sprint(new Object[] {v}));
  }
}
