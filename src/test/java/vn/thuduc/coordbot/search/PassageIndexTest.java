package vn.thuduc.coordbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
  private static final List<Passage> PASSAGES = List.of(
      new Passage("p1", "point", "Tổ chức hoạt động tư vấn pháp luật miễn phí cho người lao động.",
          "Organise free legal consultation for workers."),
      new Passage("p2", "point", "Giải quyết các tranh chấp lao động.", "Resolve labour disputes."),
      new Passage("z1", "zone", "Khu chế xuất Linh Trung: 31 doanh nghiệp.", "Linh Trung EPZ: 31 enterprises."));

  @Test
  void findsThePassageWithoutDiacriticsAndRecordsTheVersion(@TempDir Path dir) throws IOException {
    try (PassageIndex idx = PassageIndex.open(dir)) {
      idx.rebuild(PASSAGES, 7);
      List<PassageIndex.Hit> hits = idx.search("tu van phap luat mien phi", 3);
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).id()).isEqualTo("p1");
      assertThat(hits.get(0).coverage()).isEqualTo(1.0);
      assertThat(idx.version()).isEqualTo(7);
      assertThat(idx.documents()).isEqualTo(3);
    }
  }

  @Test
  void anIndexWrittenWithOtherTokensCountsAsNoneUntilRebuilt(@TempDir Path dir) throws IOException {
    // a commit as the analyser before WordTokenizer left it: the dataset version, no analysis stamp
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new TextField(PassageIndex.F_TEXT, "lao dong", Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(Map.of("dataset_version", "3").entrySet());
      w.commit();
    }
    try (PassageIndex idx = PassageIndex.open(dir)) {
      assertThat(idx.hasCommit()).isFalse();
      assertThat(idx.version()).isEqualTo(-1);
      idx.rebuild(PASSAGES, 3);
      assertThat(idx.hasCommit()).isTrue();
      assertThat(idx.version()).isEqualTo(3);
    }
  }

  @Test
  void aRebuildReplacesEveryDocumentAndSurvivesReopening(@TempDir Path dir) throws IOException {
    try (PassageIndex idx = PassageIndex.open(dir)) {
      idx.rebuild(PASSAGES, 1);
      idx.rebuild(PASSAGES.subList(0, 1), 2);
      assertThat(idx.documents()).isEqualTo(1);
    }
    try (PassageIndex again = PassageIndex.open(dir)) {
      assertThat(again.version()).isEqualTo(2);
      assertThat(again.search("KCX Linh Trung", 3)).isEmpty();
    }
  }

  @Test
  void aQuestionAskedAgainAfterARebuildFindsTheNewPassages() {
    PassageIndex idx = PassageIndex.inMemory();
    idx.rebuild(PASSAGES, 1);
    assertThat(idx.search("KCX Linh Trung", 3)).extracting(PassageIndex.Hit::id).containsExactly("z1");
    assertThat(idx.search("KCX Linh Trung", 3)).extracting(PassageIndex.Hit::id).containsExactly("z1");
    idx.rebuild(List.of(new Passage("z2", "zone", "Khu chế xuất Linh Trung 2: 20 doanh nghiệp.",
        "Linh Trung EPZ 2: 20 enterprises.")), 2);
    assertThat(idx.search("KCX Linh Trung", 3)).extracting(PassageIndex.Hit::id).containsExactly("z2");
  }

  @Test
  void queryParserSyntaxIsJustText() {
    PassageIndex idx = PassageIndex.inMemory();
    idx.rebuild(PASSAGES, 1);
    assertThat(idx.search("lao động AND ( OR * ~ \" title:x^3 [a TO z]", 3))
        .extracting(PassageIndex.Hit::kind).contains("point");
    assertThat(idx.search("*:* ) ( \\", 3)).isEmpty();
  }

  @Test
  void anEmptyIndexFindsNothing() {
    assertThat(PassageIndex.inMemory().search("lao động", 3)).isEmpty();
    assertThat(PassageIndex.inMemory().version()).isEqualTo(-1);
  }
}
