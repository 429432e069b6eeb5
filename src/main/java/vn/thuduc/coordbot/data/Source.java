package vn.thuduc.coordbot.data;

import java.time.LocalDate;

/** Where facts come from: a published article. */
public record Source(
    String id, String site, String titleVi, String titleEn, String author, LocalDate pageDate,
    String photoCaptionVi) {}
