package vn.thuduc.coordbot.data;

/** An industry of the enterprises in the zones. */
public record Industry(String id, String nameVi, String nameEn, String source) {}
