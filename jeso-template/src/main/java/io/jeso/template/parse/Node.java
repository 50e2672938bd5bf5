package io.jeso.template.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Parse-tree nodes, shaped like Go's text/template/parse nodes; {@link #toString()} matches Go's
 * String().
 */
public abstract sealed class Node {
  /** Byte offset in the template text. */
  public final int pos;

  /** The tree this node belongs to (for error positions). */
  public final Tree tree;

  Node(Tree tree, int pos) {
    this.tree = tree;
    this.pos = pos;
  }

  abstract void writeTo(StringBuilder sb);

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    writeTo(sb);
    return sb.toString();
  }

  /** A sequence of nodes. */
  public static final class ListNode extends Node {
    public final List<Node> nodes = new ArrayList<>();

    ListNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (Node n : nodes) {
        n.writeTo(sb);
      }
    }
  }

  /** Plain text (a byte string). */
  public static final class TextNode extends Node {
    public final String text;

    TextNode(Tree t, int pos, String text) {
      super(t, pos);
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(text);
    }
  }

  /** A pipeline with optional declarations. */
  public static final class PipeNode extends Node {
    public final int line;
    public boolean isAssign;
    public final List<VariableNode> decl = new ArrayList<>();
    public final List<CommandNode> cmds = new ArrayList<>();

    PipeNode(Tree t, int pos, int line) {
      super(t, pos);
      this.line = line;
    }

    @Override
    void writeTo(StringBuilder sb) {
      if (!decl.isEmpty()) {
        for (int i = 0; i < decl.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          decl.get(i).writeTo(sb);
        }
        sb.append(isAssign ? " = " : " := ");
      }
      for (int i = 0; i < cmds.size(); i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        cmds.get(i).writeTo(sb);
      }
    }
  }

  /** An action {{pipeline}}. */
  public static final class ActionNode extends Node {
    public final int line;
    public final PipeNode pipe;

    ActionNode(Tree t, int pos, int line, PipeNode pipe) {
      super(t, pos);
      this.line = line;
      this.pipe = pipe;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{");
      pipe.writeTo(sb);
      sb.append("}}");
    }
  }

  /** A command: a function/field/value with arguments. */
  public static final class CommandNode extends Node {
    public final List<Node> args = new ArrayList<>();

    CommandNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        Node arg = args.get(i);
        if (arg instanceof PipeNode) {
          sb.append('(');
          arg.writeTo(sb);
          sb.append(')');
        } else {
          arg.writeTo(sb);
        }
      }
    }
  }

  /** A function name. */
  public static final class IdentifierNode extends Node {
    public final String ident;

    IdentifierNode(Tree t, int pos, String ident) {
      super(t, pos);
      this.ident = ident;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(ident);
    }
  }

  /** A variable with optional field chain: $x.a.b. */
  public static final class VariableNode extends Node {
    public final List<String> ident;

    VariableNode(Tree t, int pos, String ident) {
      super(t, pos);
      this.ident = List.of(ident.split("\\.", -1));
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(String.join(".", ident));
    }
  }

  /** The cursor '.'. */
  public static final class DotNode extends Node {
    DotNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append('.');
    }
  }

  /** The untyped nil. */
  public static final class NilNode extends Node {
    NilNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("nil");
    }
  }

  /** A field chain .a.b. */
  public static final class FieldNode extends Node {
    public final List<String> ident;

    FieldNode(Tree t, int pos, String ident) {
      super(t, pos);
      this.ident = List.of(ident.substring(1).split("\\.", -1));
    }

    @Override
    void writeTo(StringBuilder sb) {
      for (String id : ident) {
        sb.append('.').append(id);
      }
    }
  }

  /** A term followed by field accesses: (pipe).a.b. */
  public static final class ChainNode extends Node {
    public final Node node;
    public final List<String> field = new ArrayList<>();

    ChainNode(Tree t, int pos, Node node) {
      super(t, pos);
      this.node = node;
    }

    void add(String f) {
      if (f.isEmpty() || f.charAt(0) != '.') {
        throw new IllegalStateException("no dot in field");
      }
      String s = f.substring(1);
      if (s.isEmpty()) {
        throw new IllegalStateException("empty field");
      }
      field.add(s);
    }

    @Override
    void writeTo(StringBuilder sb) {
      if (node instanceof PipeNode) {
        sb.append('(');
        node.writeTo(sb);
        sb.append(')');
      } else {
        node.writeTo(sb);
      }
      for (String f : field) {
        sb.append('.').append(f);
      }
    }
  }

  /** true / false. */
  public static final class BoolNode extends Node {
    public final boolean value;

    BoolNode(Tree t, int pos, boolean value) {
      super(t, pos);
      this.value = value;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(value);
    }
  }

  /** A numeric constant with Go's interpretations. */
  public static final class NumberNode extends Node {
    public boolean isInt;
    public boolean isUint;
    public boolean isFloat;
    public boolean isComplex;
    public long int64;
    public long uint64;
    public double float64;
    public final String text;

    NumberNode(Tree t, int pos, String text) {
      super(t, pos);
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(text);
    }
  }

  /** A string constant. */
  public static final class StringNode extends Node {
    public final String quoted;
    public final String text;

    StringNode(Tree t, int pos, String quoted, String text) {
      super(t, pos);
      this.quoted = quoted;
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append(quoted);
    }
  }

  /** {{end}} (transient). */
  public static final class EndNode extends Node {
    EndNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{end}}");
    }
  }

  /** {{else}} (transient). */
  public static final class ElseNode extends Node {
    public final int line;

    ElseNode(Tree t, int pos, int line) {
      super(t, pos);
      this.line = line;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{else}}");
    }
  }

  /** Kinds of branch nodes. */
  public enum BranchKind {
    IF,
    RANGE,
    WITH
  }

  /** if / range / with. */
  public static final class BranchNode extends Node {
    public final BranchKind kind;
    public final int line;
    public final PipeNode pipe;
    public final ListNode list;
    public final ListNode elseList;

    BranchNode(
        Tree t,
        BranchKind kind,
        int pos,
        int line,
        PipeNode pipe,
        ListNode list,
        ListNode elseList) {
      super(t, pos);
      this.kind = kind;
      this.line = line;
      this.pipe = pipe;
      this.list = list;
      this.elseList = elseList;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
      pipe.writeTo(sb);
      sb.append("}}");
      list.writeTo(sb);
      if (elseList != null) {
        sb.append("{{else}}");
        elseList.writeTo(sb);
      }
      sb.append("{{end}}");
    }
  }

  /** {{break}}. */
  public static final class BreakNode extends Node {
    BreakNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{break}}");
    }
  }

  /** {{continue}}. */
  public static final class ContinueNode extends Node {
    ContinueNode(Tree t, int pos) {
      super(t, pos);
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{continue}}");
    }
  }

  /** {{template "name" pipe}}. */
  public static final class TemplateNode extends Node {
    public final int line;
    public final String name;
    public final PipeNode pipe;

    TemplateNode(Tree t, int pos, int line, String name, PipeNode pipe) {
      super(t, pos);
      this.line = line;
      this.name = name;
      this.pipe = pipe;
    }

    @Override
    void writeTo(StringBuilder sb) {
      sb.append("{{template ").append(Strconv.quote(name));
      if (pipe != null) {
        sb.append(' ');
        pipe.writeTo(sb);
      }
      sb.append("}}");
    }
  }
}
