package io.jeso.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jeso.core.template.TemplatePreview.Preview;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a rendered Secret as a manifest: {@code data} base64-encoded as the API stores it, or with
 * {@code plain} the UTF-8 values under {@code stringData} (binary values stay in {@code data}).
 */
final class SecretYaml {
  /** Plain YAML as people write it: no document marker, quotes only where needed, text blocks. */
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private SecretYaml() {}

  static String of(Preview p, boolean plain) {
    Map<String, String> data = new TreeMap<>();
    Map<String, String> stringData = new TreeMap<>();
    p.data()
        .forEach(
            (k, v) -> {
              String text = plain ? utf8(v) : null;
              if (text != null) {
                stringData.put(k, text);
              } else {
                data.put(k, Base64.getEncoder().encodeToString(v));
              }
            });
    Secret s =
        new SecretBuilder()
            .withMetadata(
                new ObjectMetaBuilder()
                    .withName(p.name())
                    .withLabels(p.labels().isEmpty() ? null : new TreeMap<>(p.labels()))
                    .withAnnotations(
                        p.annotations().isEmpty() ? null : new TreeMap<>(p.annotations()))
                    .withFinalizers(p.finalizers().isEmpty() ? null : p.finalizers())
                    .build())
            .withType(p.type())
            .withData(data.isEmpty() ? null : data)
            .withStringData(stringData.isEmpty() ? null : stringData)
            .build();
    try {
      return YAML.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Secret could not be written as YAML", e);
    }
  }

  private static String utf8(byte[] v) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(v)).toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }
}
