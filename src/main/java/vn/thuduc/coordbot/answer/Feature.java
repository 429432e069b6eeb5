package vn.thuduc.coordbot.answer;

import java.util.List;

/**
 * What a question asks about or how, recognised from folded phrases in Vietnamese and English.
 * The phrases are language knowledge, not facts: facts come from the data.
 */
enum Feature {
  WORKERS("lao dong", "cong nhan", "nguoi lam", "nguoi lam viec", "nhan cong", "nhan vien", "lam viec",
      "worker", "workers", "employee", "employees", "labor", "labour", "workforce", "people", "staff", "employ",
      "employs", "employed", "employing", "personnel", "jobs in"),
  ENTERPRISES("doanh nghiep", "cong ty", "nha may", "co so san xuat", "enterprise", "enterprises", "company",
      "companies", "firm", "firms", "business", "businesses", "factory", "factories"),
  HOW_MANY("bao nhieu", "may doanh", "may lao", "may cong", "may nguoi", "may khu", "so luong", "so doanh",
      "so lao", "so cong", "so nguoi", "how many", "how much", "number of", "count", "con so", "la bao"),
  TOTAL("tong", "tong cong", "tong so", "tat ca", "toan bo", "ca hai", "ca 2", "cong lai", "gop lai", "total",
      "totals", "sum", "combined", "altogether", "in all", "overall", "together"),
  SHARE("ty le", "ti le", "phan tram", "chiem", "ty trong", "share", "percent", "percentage", "proportion",
      "fraction", "portion"),
  RANK_MAX("nhieu nhat", "lon nhat", "cao nhat", "nhieu hon ca", "most", "largest", "biggest",
      "highest", "greatest", "top"),
  RANK_MIN("it nhat", "nho nhat", "thap nhat", "ngheo nhat", "fewest", "least", "smallest", "lowest"),
  RANK_ALL("xep hang", "sap xep", "thu tu", "thu hang", "rank", "ranking", "rankings", "ranked", "in order",
      "sort", "sorted", "lon den nho", "nhieu den it", "tu cao den thap"),
  COMPARE("so sanh", "so voi", "doi chieu", "compare", "compared", "comparison", "versus", "vs", "nhieu hon",
      "it hon", "lon hon", "nho hon", "more than", "fewer than", "less than", "bigger than", "larger than"),
  DIFFERENCE("chenh lech", "hon bao nhieu", "hon kem", "khac nhau", "khac biet", "cach nhau", "difference",
      "differ", "how many more", "how many fewer", "gap"),
  AVERAGE("trung binh", "binh quan", "moi doanh nghiep", "moi cong ty", "average", "mean", "per enterprise",
      "per company", "per firm", "each enterprise", "each company"),
  LIST("danh sach", "liet ke", "gom nhung", "gom cac", "nhung khu nao", "cac khu nao", "khu nao", "list",
      "which zones", "what zones", "name the zones", "nhung khu", "cac khu gi"),
  AS_OF("so lieu nay", "tinh den", "cap nhat", "so lieu ngay", "so lieu nam", "so lieu tinh", "as of",
      "how recent", "updated", "up to date", "figures from", "data from", "which year are the figures"),
  INDUSTRY("nganh nghe", "nganh", "linh vuc", "san xuat gi", "lam nghe gi", "mat hang", "san pham",
      "industry", "industries", "sector", "sectors", "produce", "manufacture", "make", "trades", "fields"),
  MEETING("hoi nghi", "cuoc hop", "buoi hop", "su kien", "so ket", "meeting", "conference", "event",
      "review meeting"),
  WHEN("khi nao", "ngay nao", "buoi nao", "vao luc nao", "thang may", "thang nao", "sang hay chieu", "bao gio", "luc nao", "thoi gian nao", "ngay may", "dien ra", "to chuc ngay",
      "nam nao", "when", "take place", "took place", "happen", "happened", "what date", "which date", "what day", "date", "held on"),
  WHERE("o dau", "tai dau", "dia diem", "noi nao", "cho nao", "where", "venue", "location"),
  ORGANISER("to chuc", "chu tri", "chair", "chaired", "presided", "preside", "led by", "who led", "dung ra", "organise", "organised", "organize", "organized", "organiser",
      "organizer", "host", "hosted", "held by", "who held"),
  ATTENDEES("tham du", "tham gia", "co mat", "dai bieu", "du hop", "attend", "attended", "attendees",
      "attendee", "participants", "participated", "present", "delegates", "who was there"),
  REVIEWED("so ket", "danh gia", "tong ket", "giai doan nao", "review", "reviewed", "reviews", "evaluate",
      "evaluated", "assessed", "period"),
  SIGNED("ky ket", "duoc ky", "ky giua", "ky voi", "da ky", "ky quy che", "quy che moi", "sign", "signed", "signing", "new regulation", "new regulations"),
  REGULATION("quy che", "quy che phoi hop", "regulation", "regulations", "agreement", "agreements"),
  SPEECH("phat bieu", "noi gi", "noi nhung gi", "da noi", "de nghi", "mong muon", "chi dao", "nhan manh",
      "speech", "said", "say", "says", "speak", "spoke", "talk", "talked", "remarks", "asked for", "called for",
      "ask for", "asks for", "request", "requested", "urged", "urge", "proposed", "call for"),
  PURPOSE("muc dich", "muc tieu", "nham", "de lam gi", "y nghia", "tac dung", "loi ich", "purpose", "aim",
      "aims", "goal", "goals", "why", "objective", "objectives", "meaning", "benefit", "mean for"),
  COORDINATION("phoi hop", "coordination", "cooperation", "coordinate", "co ordination"),
  LAW("phap luat", "luat", "phap ly", "tu van", "tuyen truyen", "pho bien", "tranh chap", "dinh cong",
      "viec lam", "doi song", "phuc loi", "an ninh", "trat tu", "quyen loi", "law", "laws", "legal", "advice",
      "lawyer", "dispute", "disputes", "strike", "strikes", "jobs", "employment", "welfare", "security",
      "rights", "consultation"),
  AWARD("khen thuong", "giay khen", "giap khen", "bang khen", "khen", "tang thuong", "trao tang", "vinh danh",
      "duoc tang", "tang giay", "award", "awards", "awarded", "merit", "certificate", "certificates", "honour",
      "honor", "honoured", "honored", "prize", "recognition", "recognised", "recognized", "commendation"),
  NAMES("ten", "ten cua", "la ai", "nhung ai", "gom ai", "danh sach", "ai duoc", "ai nhan", "names", "name",
      "who received", "who were", "who got", "which collectives", "which individuals", "list of"),
  GIVER("do ai", "ai trao", "ai tang", "trao boi", "cap nao", "given by", "awarded by", "who gave", "who awarded",
      "from whom", "by whom", "issued by"),
  AWARD_REASON("vi sao", "ly do", "vi thanh tich", "thanh tich", "why", "what for", "reason", "for what"),
  SOURCE("nguon", "tac gia", "bai viet", "bai bao", "trich tu", "lay tu dau", "thong tin tu dau", "source",
      "sources", "author", "article", "who wrote", "written by", "reference", "where does"),
  PERSON_ASK("la ai", "ten gi", "ten la gi", "ten la", "what is the name", "name of", "chuc vu", "giu chuc", "chuc danh", "cuong vi", "lam gi", "who is", "who s", "position",
      "title", "role", "job of"),
  WHO("ai", "who", "whom"),
  HELP("help", "tro giup", "ban la ai", "ban la gi", "who are you", "what are you", "ban lam gi", "huong dan", "giup toi", "giup do", "ban lam duoc gi", "ban biet gi", "hoi gi",
      "what can you", "how to use", "commands", "menu", "start"),
  GREETING("xin chao", "chao ban", "chao", "hello", "hi", "hey", "good morning", "alo"),
  THANKS("cam on", "thank", "thanks", "thank you"),
  ZONE_WORD("khu", "zone", "zones", "park", "parks", "area", "areas");

  private final List<String> phrases;

  Feature(String... phrases) {
    this.phrases = List.of(phrases);
  }

  List<String> phrases() {
    return phrases;
  }
}
