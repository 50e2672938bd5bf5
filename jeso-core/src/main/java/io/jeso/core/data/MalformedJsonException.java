package io.jeso.core.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A secret value had to be JSON (for a {@code property}, for {@code dataFrom.extract}, for a
 * rewrite merge) and is not. The message gives the position only: parser messages quote the
 * offending text, which may be the secret.
 */
public final class MalformedJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MalformedJsonException(String message) {
    super(message);
  }

  static MalformedJsonException at(JsonProcessingException e, String what) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    String purpose = what == null ? "" : " to read property " + what;
    return new MalformedJsonException("secret value is not valid JSON" + where + purpose);
  }
}
