package vn.thuduc.coordbot.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %msg} with bot tokens masked: registered as {@code %maskedMsg} in logback.xml. */
public final class MaskedMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretMask.mask(super.convert(event));
  }
}
