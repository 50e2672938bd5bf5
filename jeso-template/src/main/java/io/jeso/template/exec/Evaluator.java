package io.jeso.template.exec;

import io.jeso.template.parse.Node;
import io.jeso.template.parse.Strconv;
import io.jeso.template.parse.Tree;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluation of pipelines, commands, fields, function calls and arguments, as Go's exec.go. */
abstract class Evaluator extends ExecState {
  /**
   * Functions whose result is at least as long as their arguments printed. Their arguments are
   * measured before the call: a list holding one large string many times is small in memory but
   * would be enormous as text, so checking only the result would come too late.
   */
  private static final Set<String> PRINTING =
      Set.of(
          "print",
          "println",
          "printf",
          "html",
          "js",
          "urlquery",
          "cat",
          "join",
          "toString",
          "toStrings",
          "quote",
          "squote",
          "toJson",
          "mustToJson",
          "toPrettyJson",
          "mustToPrettyJson",
          "toRawJson",
          "mustToRawJson",
          "toYaml");

  Evaluator(
      Map<String, Tree> templates,
      Map<String, GoFunc> funcs,
      Executor.MissingKey missingKey,
      Limits limits) {
    super(templates, funcs, missingKey, limits);
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

  void notAFunction(List<Node> args, Object fin) {
    if (args.size() > 1 || fin != MISSING) {
      throw errorf("can't give argument to non-function " + args.get(0));
    }
  }

  Object evalCommand(Object dot, Node.CommandNode cmd, Object fin) {
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

  Object idealConstant(Node.NumberNode c) {
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

  static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  Object evalFieldNode(Object dot, Node.FieldNode f, List<Node> args, Object fin) {
    node = f;
    return evalFieldChain(dot, dot, f, f.ident, args, fin);
  }

  Object evalChainNode(Object dot, Node.ChainNode c, List<Node> args, Object fin) {
    node = c;
    if (c.node instanceof Node.NilNode) {
      throw errorf("indirection through explicit nil in " + c);
    }
    Object pipe = evalArg(dot, null, c.node);
    return evalFieldChain(dot, pipe, c, c.field, args, fin);
  }

  Object evalVariableNode(Object dot, Node.VariableNode v, List<Node> args, Object fin) {
    node = v;
    Object value = varValue(v.ident.get(0));
    if (v.ident.size() == 1) {
      notAFunction(args == null ? List.of(v) : args, fin);
      return value;
    }
    return evalFieldChain(dot, value, v, v.ident.subList(1, v.ident.size()), args, fin);
  }

  Object evalFieldChain(
      Object dot, Object receiver, Node n, List<String> ident, List<Node> args, Object fin) {
    int len = ident.size();
    for (int i = 0; i < len - 1; i++) {
      receiver = evalField(dot, ident.get(i), n, null, MISSING, receiver);
    }
    return evalField(dot, ident.get(len - 1), n, args, fin, receiver);
  }

  Object evalField(Object dot, String name, Node n, List<Node> args, Object fin, Object receiver) {
    if (receiver == null) {
      if (missingKey == Executor.MissingKey.ERROR) {
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

  Object evalFunction(Object dot, Node.IdentifierNode id, Node cmd, List<Node> args, Object fin) {
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

  Object evalCall(
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
      if (PRINTING.contains(name)) {
        // minus one: the argument list itself is not printed
        ValueLimits.bytes(
            ValueLimits.printedSize(java.util.Arrays.asList(argv), limits.maxValueBytes()) - 1);
      }
      Object result = f.impl().call(argv);
      ValueLimits.check(result);
      return result;
    } catch (ValueLimits.Exceeded e) {
      node = n;
      throw limitf(e.getMessage());
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

  Object andOr(Object dot, boolean or, List<Node> a, Object fin) {
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

  Object validateType(Object value, GoType typ) {
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

  Object evalArg(Object dot, GoType typ, Node n) {
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

  Object evalConstantArg(GoType typ, Node n) {
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

  Object evalEmptyInterface(Node n) {
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

  void printValue(Node n, Object v) {
    node = n;
    if (v != null) {
      // Printing a value that shares elements can take far more bytes than it holds.
      long room = limits.maxOutputBytes() - out.length();
      if (ValueLimits.printedSize(v, room) > room) {
        throw outputExceeded();
      }
    }
    write(v == null ? "<no value>" : GoFmt.sprint(new Object[] {v}));
  }
}
