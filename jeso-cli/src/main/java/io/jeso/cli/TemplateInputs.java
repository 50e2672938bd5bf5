package io.jeso.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@code jeso template} renders from: provider data, an ExternalSecret manifest, and the
 * ConfigMaps and Secrets that templateFrom names. Every failure is an {@link InputException} whose
 * message names the file.
 */
final class TemplateInputs {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final KubernetesSerialization KUBE = new KubernetesSerialization();

  private TemplateInputs() {}

  /** A file that cannot be used; the message is meant for the user as is. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  static String text(Path file) throws InputException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Provider data: a JSON or YAML object. String values are used as they are (or base64-decoded
   * with {@code base64}); other values become their JSON text, as a provider returning a JSON
   * document would.
   */
  static Map<String, byte[]> data(Path file, boolean base64) throws InputException {
    JsonNode doc = yaml(file, text(file));
    if (doc == null || doc.isNull() || doc.isMissingNode()) {
      return Map.of();
    }
    if (!doc.isObject()) {
      throw new InputException(file + ": must be an object of key: value pairs");
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(file, e.getKey(), e.getValue(), base64));
    }
    return out;
  }

  private static byte[] value(Path file, String key, JsonNode v, boolean base64)
      throws InputException {
    if (!v.isTextual()) {
      try {
        return JSON.writeValueAsBytes(v);
      } catch (IOException e) {
        throw new InputException(file + ": key " + key + " cannot be written as JSON");
      }
    }
    if (!base64) {
      return v.asText().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getMimeDecoder().decode(v.asText());
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": the value of key " + key + " is not valid base64");
    }
  }

  /** The first ExternalSecret in a (possibly multi-document) manifest file. */
  static ExternalSecret externalSecret(Path file) throws InputException {
    String text = text(file);
    try {
      for (JsonNode doc :
          YAML.readerFor(JsonNode.class).readValues(text).readAll().stream()
              .map(JsonNode.class::cast)
              .toList()) {
        if (doc != null && "ExternalSecret".equals(doc.path("kind").asText())) {
          return KUBE.convertValue(doc, ExternalSecret.class);
        }
      }
    } catch (JsonProcessingException e) {
      throw new InputException(
          file + ": not a valid manifest: " + firstLine(e.getOriginalMessage()));
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(file + ": not a valid manifest: " + firstLine(e.getMessage()));
    }
    throw new InputException(file + ": holds no ExternalSecret (kind: ExternalSecret)");
  }

  /** A ConfigMap manifest as templateFrom sees it: data (and binaryData) by key. */
  static Map.Entry<TemplateObjectRef, Map<String, byte[]>> configMap(Path file)
      throws InputException {
    ConfigMap cm = manifest(file, ConfigMap.class, "ConfigMap");
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (cm.getData() != null) {
      cm.getData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    if (cm.getBinaryData() != null) {
      cm.getBinaryData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    return Map.entry(
        new TemplateObjectRef(TemplateObjectRef.Kind.CONFIG_MAP, cm.getMetadata().getName()), data);
  }

  /** A Secret manifest as templateFrom sees it: data (base64) and stringData by key. */
  static Map.Entry<TemplateObjectRef, Map<String, byte[]>> secret(Path file) throws InputException {
    Secret s = manifest(file, Secret.class, "Secret");
    Map<String, byte[]> data = new LinkedHashMap<>();
    try {
      if (s.getData() != null) {
        s.getData().forEach((k, v) -> data.put(k, Base64.getMimeDecoder().decode(v)));
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": data holds a value that is not valid base64");
    }
    if (s.getStringData() != null) {
      s.getStringData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return Map.entry(
        new TemplateObjectRef(TemplateObjectRef.Kind.SECRET, s.getMetadata().getName()), data);
  }

  private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T manifest(
      Path file, Class<T> type, String kind) throws InputException {
    JsonNode doc = yaml(file, text(file));
    if (doc == null || !kind.equals(doc.path("kind").asText())) {
      throw new InputException(file + ": not a " + kind + " manifest (kind: " + kind + ")");
    }
    T object;
    try {
      object = KUBE.convertValue(doc, type);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": not a valid " + kind + ": " + firstLine(e.getMessage()));
    }
    if (object.getMetadata() == null || object.getMetadata().getName() == null) {
      throw new InputException(file + ": the " + kind + " has no metadata.name");
    }
    return object;
  }

  private static JsonNode yaml(Path file, String text) throws InputException {
    try {
      List<JsonNode> docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
      return docs.isEmpty() ? null : docs.get(0);
    } catch (JsonProcessingException e) {
      // Only the position and the problem: the parser's excerpt of the file could show a value.
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new InputException(
          file + ": not valid JSON or YAML" + where + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
