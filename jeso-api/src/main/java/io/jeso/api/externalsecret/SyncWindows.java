package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/** Windows (UTC) that gate periodic refreshes; spec changes and first syncs are not gated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SyncWindows {

  /** allow: refresh only inside a window; deny: never inside one. */
  @Required private SyncWindowKind kind;

  /** The windows. */
  @Required
  @Size(min = 1)
  private List<SyncWindow> windows;

  public SyncWindowKind getKind() {
    return kind;
  }

  public void setKind(SyncWindowKind kind) {
    this.kind = kind;
  }

  public SyncWindows withKind(SyncWindowKind kind) {
    this.kind = kind;
    return this;
  }

  public List<SyncWindow> getWindows() {
    return windows;
  }

  public void setWindows(List<SyncWindow> windows) {
    this.windows = windows;
  }

  public SyncWindows withWindows(List<SyncWindow> windows) {
    this.windows = windows;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SyncWindows that)) {
      return false;
    }
    return Objects.equals(kind, that.kind) && Objects.equals(windows, that.windows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, windows);
  }

  @Override
  public String toString() {
    return "SyncWindows{" + "kind=" + kind + ", " + "windows=" + windows + "}";
  }
}
