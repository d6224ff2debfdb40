package io.corroborate.spark;

import io.corroborate.ingest.Reopenable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file on any Hadoop file system (local, HDFS, S3) read as a seekable channel, so the core's WARC
 * reader can resume after a broken record of a file it never copies.
 *
 * <pre>{@code ingest.read(name, HadoopFileChannel.reopenable(name, conf), sink);}</pre>
 */
final class HadoopFileChannel implements SeekableByteChannel {
  private final FSDataInputStream in;
  private final long size;
  private boolean open = true;

  private HadoopFileChannel(FSDataInputStream in, long size) {
    this.in = in;
    this.size = size;
  }

  /** The file named {@code name}, opened afresh at each call. */
  static Reopenable reopenable(String name, Configuration conf) {
    Path path = new Path(name);
    return () -> {
      FileSystem fs = path.getFileSystem(conf);
      long size = fs.getFileStatus(path).getLen();
      return new HadoopFileChannel(fs.open(path), size);
    };
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    check();
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (dst.hasArray()) {
      int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
      return n;
    }
    byte[] buf = new byte[Math.min(dst.remaining(), 1 << 16)];
    int n = in.read(buf, 0, buf.length);
    if (n > 0) {
      dst.put(buf, 0, n);
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws IOException {
    check();
    return in.getPos();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    check();
    if (newPosition < 0) {
      throw new IllegalArgumentException("negative position " + newPosition);
    }
    // Past the end reads nothing, as for a file channel.
    in.seek(Math.min(newPosition, size));
    return this;
  }

  @Override
  public long size() throws IOException {
    check();
    return size;
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      in.close();
    }
  }

  private void check() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
