package vn.thuduc.coordbot.config;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Logback's stack traces with bot tokens masked (an OkHttp error can quote the request URL). */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return SecretMask.mask(super.throwableProxyToString(tp));
  }
}
