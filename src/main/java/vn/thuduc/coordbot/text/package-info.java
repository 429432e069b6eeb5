/**
 * Vietnamese text handling shared by the Lucene analyser and the question understanding: Unicode
 * normalisation, diacritic folding (đ → d included), tokenising, and the abbreviations people type
 * (KCX, KCN, KCNC, SHTP, BQL, DN, LĐ, bn ...).
 */
package vn.thuduc.coordbot.text;
