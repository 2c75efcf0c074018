package io.ocppsim.bootstrap.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code HOST:PORT} pair from the command line; an IPv6 host goes in brackets: {@code [::1]:8081}.
 * Port 0 takes any free port.
 */
record HostPort(String host, int port) {

    static final class Converter implements ITypeConverter<HostPort> {
        @Override
        public HostPort convert(String value) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new TypeConversionException("expected HOST:PORT, for example 127.0.0.1:8081, but was '"
                        + value + "'");
            }
            String host = value.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("the port in '" + value + "' is not a number");
            }
            if (port < 0 || port > 65535) {
                throw new TypeConversionException("the port must be between 0 and 65535 (0: any free port), was "
                        + port);
            }
            return new HostPort(host, port);
        }
    }
}
