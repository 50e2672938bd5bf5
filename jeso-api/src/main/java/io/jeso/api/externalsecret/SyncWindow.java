package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** One recurring window. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SyncWindow {

  /** Cron expression (5 fields) or @-shorthand marking each window's start. */
  @Required
  @Size(min = 1)
  @Pattern(Patterns.SYNC_WINDOW_SCHEDULE)
  private String schedule;

  /** How long each window lasts, a Go duration such as 8h. */
  @Required private String duration;

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public SyncWindow withSchedule(String schedule) {
    this.schedule = schedule;
    return this;
  }

  public String getDuration() {
    return duration;
  }

  public void setDuration(String duration) {
    this.duration = duration;
  }

  public SyncWindow withDuration(String duration) {
    this.duration = duration;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SyncWindow that)) {
      return false;
    }
    return Objects.equals(schedule, that.schedule) && Objects.equals(duration, that.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schedule, duration);
  }

  @Override
  public String toString() {
    return "SyncWindow{" + "schedule=" + schedule + ", " + "duration=" + duration + "}";
  }
}
