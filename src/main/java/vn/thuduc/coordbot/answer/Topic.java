package vn.thuduc.coordbot.answer;

/** Fixed topics that channels offer as commands or buttons, answered without parsing text. */
public enum Topic {
  HELP,
  ZONES,
  STATS,
  MEETING,
  AWARDS,
  LAW,
  ABOUT
}
