package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/** Spec of a Password generator; defaults as in ESO (a generator spec is not a list item). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PasswordSpec {

  /** Length of the password. */
  @Required
  @Default("24")
  private Integer length;

  /** Number of digits. */
  private Integer digits;

  /** Number of symbols. */
  private Integer symbols;

  /** Characters symbols are drawn from. */
  private String symbolCharacters;

  /** No upper-case letters. */
  @Required
  @Default("false")
  private Boolean noUpper;

  /** Allow repeated characters. */
  @Required
  @Default("false")
  private Boolean allowRepeat;

  /** Keys the password is written to; password when empty. */
  @Size(min = 1)
  private List<String> secretKeys;

  /** Encoding of the output. */
  @Default("raw")
  private PasswordEncoding encoding;

  public Integer getLength() {
    return length;
  }

  public void setLength(Integer length) {
    this.length = length;
  }

  public PasswordSpec withLength(Integer length) {
    this.length = length;
    return this;
  }

  public Integer getDigits() {
    return digits;
  }

  public void setDigits(Integer digits) {
    this.digits = digits;
  }

  public PasswordSpec withDigits(Integer digits) {
    this.digits = digits;
    return this;
  }

  public Integer getSymbols() {
    return symbols;
  }

  public void setSymbols(Integer symbols) {
    this.symbols = symbols;
  }

  public PasswordSpec withSymbols(Integer symbols) {
    this.symbols = symbols;
    return this;
  }

  public String getSymbolCharacters() {
    return symbolCharacters;
  }

  public void setSymbolCharacters(String symbolCharacters) {
    this.symbolCharacters = symbolCharacters;
  }

  public PasswordSpec withSymbolCharacters(String symbolCharacters) {
    this.symbolCharacters = symbolCharacters;
    return this;
  }

  public Boolean getNoUpper() {
    return noUpper;
  }

  public void setNoUpper(Boolean noUpper) {
    this.noUpper = noUpper;
  }

  public PasswordSpec withNoUpper(Boolean noUpper) {
    this.noUpper = noUpper;
    return this;
  }

  public Boolean getAllowRepeat() {
    return allowRepeat;
  }

  public void setAllowRepeat(Boolean allowRepeat) {
    this.allowRepeat = allowRepeat;
  }

  public PasswordSpec withAllowRepeat(Boolean allowRepeat) {
    this.allowRepeat = allowRepeat;
    return this;
  }

  public List<String> getSecretKeys() {
    return secretKeys;
  }

  public void setSecretKeys(List<String> secretKeys) {
    this.secretKeys = secretKeys;
  }

  public PasswordSpec withSecretKeys(List<String> secretKeys) {
    this.secretKeys = secretKeys;
    return this;
  }

  public PasswordEncoding getEncoding() {
    return encoding;
  }

  public void setEncoding(PasswordEncoding encoding) {
    this.encoding = encoding;
  }

  public PasswordSpec withEncoding(PasswordEncoding encoding) {
    this.encoding = encoding;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PasswordSpec that)) {
      return false;
    }
    return Objects.equals(length, that.length)
        && Objects.equals(digits, that.digits)
        && Objects.equals(symbols, that.symbols)
        && Objects.equals(symbolCharacters, that.symbolCharacters)
        && Objects.equals(noUpper, that.noUpper)
        && Objects.equals(allowRepeat, that.allowRepeat)
        && Objects.equals(secretKeys, that.secretKeys)
        && Objects.equals(encoding, that.encoding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        length, digits, symbols, symbolCharacters, noUpper, allowRepeat, secretKeys, encoding);
  }

  @Override
  public String toString() {
    return "PasswordSpec{"
        + "length="
        + length
        + ", "
        + "digits="
        + digits
        + ", "
        + "symbols="
        + symbols
        + ", "
        + "symbolCharacters="
        + symbolCharacters
        + ", "
        + "noUpper="
        + noUpper
        + ", "
        + "allowRepeat="
        + allowRepeat
        + ", "
        + "secretKeys="
        + secretKeys
        + ", "
        + "encoding="
        + encoding
        + "}";
  }
}
