package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.ReloadReport;

/**
 * Re-imports the dataset while answers keep being served: {@code dataset.DataService::reload}. An
 * interface of its own so that tests can hand the adapter a fake.
 */
@FunctionalInterface
public interface DataReloader {
  ReloadReport reload(String actor) throws DataException;
}
