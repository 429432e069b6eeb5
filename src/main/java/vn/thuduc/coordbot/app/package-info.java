/**
 * The composition root and the services around the answer engine: {@link
 * vn.thuduc.coordbot.app.Coordbot} builds everything with constructors; {@link
 * vn.thuduc.coordbot.app.DataService} imports the dataset into SQLite and rebuilds the Lucene index.
 */
package vn.thuduc.coordbot.app;
