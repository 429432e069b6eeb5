package vn.thuduc.coordbot.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

class ContactsTest {
  @TempDir
  Path dir;

  private static final String TWO = """
      - name: Trung tâm Tư vấn pháp luật Công đoàn (ví dụ)
        kind: legal aid
        phone: "028 0000 0000"
        address: 1 Đường Ví Dụ, TP Thủ Đức
        hours: "T2–T6, 8:00–17:00"
        zones: [linh-trung-1, linh-trung-2]
        source: thanhuy-2024-03-08

      - name: Đường dây nóng (ví dụ)
        kind: hotline
        phone: "1900 0000"
        source: thanhuy-2024-03-08
      """;

  @Test
  void theShippedDatasetHasNoContacts() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    assertThat(new Contacts(data).serving(List.of())).isEmpty();
  }

  @Test
  void contactsServingTheZoneAndThoseServingEveryZoneAreListed() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    Files.writeString(data.resolve(DatasetLoader.CONTACTS), TWO, StandardCharsets.UTF_8);
    Contacts contacts = new Contacts(data);
    assertThat(contacts.serving(List.of("linh-trung-1"))).extracting(Contact::kind)
        .containsExactly("legal aid", "hotline");
    assertThat(contacts.serving(List.of("shtp"))).extracting(Contact::kind).containsExactly("hotline");
    assertThat(contacts.serving(List.of("shtp")).get(0).describe()).isEqualTo("Đường dây nóng (ví dụ) (hotline): 1900 0000");
  }

  @Test
  void aChangedFileIsReadAtTheFirstLookASecondLaterNotAtEveryAnswer() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    long[] now = {0};
    Contacts contacts = new Contacts(data, () -> now[0]);
    assertThat(contacts.serving(List.of())).isEmpty();
    Files.writeString(data.resolve(DatasetLoader.CONTACTS), TWO, StandardCharsets.UTF_8);
    now[0] += 999_000_000L;
    assertThat(contacts.serving(List.of())).isEmpty();
    now[0] += 1_000_000L;
    assertThat(contacts.serving(List.of())).extracting(Contact::kind).containsExactly("legal aid", "hotline");
    Files.delete(data.resolve(DatasetLoader.CONTACTS));
    now[0] += 1_000_000_000L;
    assertThat(contacts.serving(List.of())).isEmpty();
  }

  @Test
  void anUnknownZoneIsRejectedWithFileAndLine() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    Files.writeString(data.resolve(DatasetLoader.CONTACTS), TWO.replace("linh-trung-2]", "tan-binh]"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetLoader().load(data)).isInstanceOf(DataException.class)
        .hasMessageContaining("contacts.yaml:1").hasMessageContaining("unknown zone 'tan-binh'");
  }

  @Test
  void aContactWithoutPhoneOrAddressIsRejected() throws Exception {
    Path data = TestDatasets.copyInto(dir);
    Files.writeString(data.resolve(DatasetLoader.CONTACTS), "- name: X\n  kind: hotline\n  source: thanhuy-2024-03-08\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetLoader().load(data)).isInstanceOf(DataException.class)
        .hasMessageContaining("contacts.yaml:1").hasMessageContaining("needs a phone or an address");
  }
}
