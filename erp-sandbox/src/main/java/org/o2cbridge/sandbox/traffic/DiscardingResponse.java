package org.o2cbridge.sandbox.traffic;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * A response that lets the call run to its end but never sends anything: the body is thrown away
 * and nothing is flushed, so the answer is still unsent when the connection is dropped.
 */
final class DiscardingResponse extends HttpServletResponseWrapper {

    private final ServletOutputStream sink = new ServletOutputStream() {
        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    };

    DiscardingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return sink;
    }

    @Override
    public PrintWriter getWriter() {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public void sendError(int status) {
        setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
        setStatus(status);
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
