package vn.thuduc.coordbot.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Industry;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.search.Passage;

/**
 * Synthetic meeting-record passages in Vietnamese, built from the dataset's zones, people, titles,
 * industries and speech points plus a bank of phrases such records use. Passage {@code i} depends
 * only on the seed and {@code i}, so a corpus is reproducible and can be streamed without being held
 * in memory (100,000 passages would not fit a 128 MB heap next to the index writer).
 */
public final class SyntheticCorpus {
  /** The id prefix of synthetic passages, so that they are never mistaken for the dataset's. */
  public static final String ID_PREFIX = "synthetic/";
  public static final String KIND = "meeting-record";

  private static final List<String> EVENTS = List.of(
      "hội nghị sơ kết", "buổi làm việc", "hội nghị giao ban", "buổi tọa đàm", "hội nghị tổng kết",
      "buổi khảo sát", "hội nghị triển khai kế hoạch", "buổi đối thoại với công nhân lao động");
  private static final List<String> TOPICS = List.of(
      "tuyên truyền, phổ biến pháp luật lao động", "tư vấn pháp lý miễn phí cho người lao động",
      "phòng ngừa tranh chấp lao động và đình công", "giải quyết việc làm cho công nhân",
      "chăm lo đời sống vật chất, tinh thần cho công nhân lao động", "bảo đảm an ninh trật tự",
      "xây dựng tổ chức đảng trong doanh nghiệp ngoài nhà nước", "an toàn vệ sinh lao động",
      "nhà ở cho công nhân", "tiền lương, thưởng và bảo hiểm xã hội", "phòng cháy chữa cháy",
      "phát triển đảng viên trong công nhân", "hỗ trợ doanh nghiệp phục hồi sản xuất kinh doanh",
      "đào tạo nghề và nâng cao tay nghề", "chăm sóc sức khỏe người lao động");
  private static final List<String> OUTCOMES = List.of(
      "Hội nghị thống nhất tăng cường phối hợp giữa các bên trong thời gian tới.",
      "Các doanh nghiệp cam kết thực hiện đầy đủ chế độ, chính sách cho người lao động.",
      "Đại diện công đoàn kiến nghị mở thêm điểm tư vấn pháp luật tại khu.",
      "Lãnh đạo Ban Quản lý đề nghị rà soát các vụ việc tranh chấp lao động còn tồn đọng.",
      "Các đơn vị được giao xây dựng kế hoạch cụ thể và báo cáo kết quả định kỳ hằng quý.",
      "Hội nghị ghi nhận không phát sinh đình công, ngừng việc tập thể trong kỳ.",
      "Đoàn công tác đã thăm hỏi, tặng quà cho công nhân có hoàn cảnh khó khăn.",
      "Thành ủy Thủ Đức đề nghị tiếp tục giữ vững tình hình an ninh chính trị tại các khu.");
  private static final List<String> VERBS = List.of("chủ trì", "phát biểu chỉ đạo", "báo cáo", "tham dự",
      "trao đổi", "đề xuất");
  private static final List<String> TOPICS_EN = List.of("labour-law outreach", "free legal advice",
      "labour disputes", "jobs", "workers' welfare", "security and order", "party building",
      "occupational safety", "workers' housing", "wages and social insurance", "fire safety",
      "party membership", "business recovery", "vocational training", "workers' health");

  private final long seed;
  private final List<String> zones;
  private final List<String> zonesShort;
  private final List<String> people;
  private final List<String> titles;
  private final List<String> industries;
  private final List<String> sentences;
  private final List<String> organisers;

  public SyntheticCorpus(Dataset dataset, long seed) {
    this.seed = seed;
    List<String> z = new ArrayList<>();
    List<String> zs = new ArrayList<>();
    for (Zone zone : dataset.zones()) {
      z.add(zone.nameVi());
      zs.add(zone.shortVi());
    }
    List<String> p = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (Person person : dataset.people()) {
      p.add(person.name());
      t.addAll(person.titlesVi());
    }
    List<String> s = new ArrayList<>();
    for (Point point : dataset.points()) {
      for (String sentence : point.textVi().split("(?<=[.;])\\s+")) {
        if (sentence.length() > 20) {
          s.add(sentence.endsWith(".") ? sentence : sentence + ".");
        }
      }
    }
    List<String> o = new ArrayList<>();
    dataset.meetings().forEach(m -> o.add(m.organiserVi()));
    o.add("Đảng ủy BQL KCX-KCN TPHCM");
    o.add("Đảng ủy Ban Quản lý Khu Công nghệ cao TPHCM");
    this.zones = nonEmpty(z, "zones");
    this.zonesShort = nonEmpty(zs, "zones");
    this.people = nonEmpty(p, "people");
    this.titles = nonEmpty(t, "titles");
    this.industries = nonEmpty(dataset.industries().stream().map(Industry::nameVi).toList(), "industries");
    this.sentences = nonEmpty(s, "points");
    this.organisers = List.copyOf(o);
  }

  private static List<String> nonEmpty(List<String> l, String what) {
    if (l.isEmpty()) {
      throw new IllegalArgumentException("the dataset has no " + what + " to build synthetic passages from");
    }
    return List.copyOf(l);
  }

  /** The {@code i}-th synthetic passage: the same text for the same seed and {@code i}, always. */
  public Passage passage(int i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    int day = 1 + r.nextInt(28);
    int month = 1 + r.nextInt(12);
    int year = 2017 + r.nextInt(8);
    int zi = r.nextInt(zones.size());
    String zone = r.nextBoolean() ? zones.get(zi) : zonesShort.get(zi);
    int topic = r.nextInt(TOPICS.size());
    StringBuilder vi = new StringBuilder(600);
    vi.append("Ngày ").append(day).append('/').append(month).append('/').append(year).append(", ")
        .append(pick(r, organisers)).append(" tổ chức ").append(pick(r, EVENTS)).append(" tại ").append(zone)
        .append(" về công tác ").append(TOPICS.get(topic)).append(". ");
    // about 60 words on average, like the dataset's own passages (63)
    if (r.nextInt(3) == 0) {
      vi.append("Đồng chí ").append(pick(r, people)).append(", ").append(pick(r, titles)).append(", ")
          .append(pick(r, VERBS)).append(". ");
    }
    int enterprises = 3 + r.nextInt(120);
    int workers = enterprises * (20 + r.nextInt(400));
    vi.append("Tham dự có đại diện ").append(enterprises).append(" doanh nghiệp ngành ")
        .append(pick(r, industries)).append(" với khoảng ").append(workers).append(" công nhân lao động. ");
    if (r.nextInt(6) == 0) {
      vi.append(pick(r, sentences)).append(' ');
    }
    vi.append(pick(r, OUTCOMES));
    String en = "Meeting record, " + year + "-" + two(month) + "-" + two(day) + ", " + zonesShort.get(zi) + ": "
        + TOPICS_EN.get(topic) + ".";
    return new Passage(ID_PREFIX + i, KIND, vi.toString(), en);
  }

  /** The first {@code n} passages, generated as they are iterated. */
  public Iterable<Passage> passages(int n) {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public Passage next() {
        if (next >= n) {
          throw new NoSuchElementException();
        }
        return passage(next++);
      }
    };
  }

  /**
   * Open questions a user might ask about such records ("biên bản họp về an toàn lao động tại KCN Cát
   * Lái năm 2021"), {@code n} of them, reproducible for the seed.
   */
  public List<String> openQuestions(int n) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String topic = pick(r, TOPICS);
      out.add(switch (r.nextInt(4)) {
        case 0 -> "Biên bản họp về " + topic + " tại " + pick(r, zonesShort) + " năm " + (2017 + r.nextInt(8));
        case 1 -> "Tìm " + pick(r, EVENTS) + " về " + topic;
        case 2 -> "Những cuộc họp nào bàn về " + topic + "?";
        default -> pick(r, EVENTS) + " " + pick(r, industries) + " " + topic;
      });
    }
    return out;
  }

  private static String pick(SplittableRandom r, List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
