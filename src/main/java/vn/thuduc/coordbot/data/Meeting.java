package vn.thuduc.coordbot.data;

import java.time.LocalDate;

/** A coordination meeting: when, by whom, what it reviewed and why. */
public record Meeting(
    String id, LocalDate date, String dateNoteVi, String dateNoteEn, String partOfDay,
    String organiserVi, String organiserEn, String titleVi, String titleEn, int reviewedFrom,
    int reviewedTo, String purposeVi, String purposeEn, String source) {}
