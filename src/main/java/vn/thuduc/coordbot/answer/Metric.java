package vn.thuduc.coordbot.answer;

/** The two statistics the data has for each zone. */
enum Metric {
  ENTERPRISES,
  WORKERS
}
