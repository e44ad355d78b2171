package slant.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file://}) with permissions set through {@code java.nio} instead of a
 * {@code chmod} child process. Without Hadoop's native library (the usual case outside a Hadoop installation) every
 * file and folder Spark creates on a local disk otherwise costs one {@code chmod} process: ≈ 4,000 of them for a year
 * of daily partitions, tens of seconds of a local run (docs/performance.md). Behaviour is otherwise Hadoop's own
 * (checksums, listing, rename); with the native library present, Hadoop's own call is used. Registered for
 * {@code file://} by {@link SlantSpark#session} unless the Spark configuration names another implementation.
 */
public final class LocalFileSystemWithoutShell extends LocalFileSystem {

  public LocalFileSystemWithoutShell() {
    super(new Raw());
  }

  /** The raw local file system with {@link #setPermission} through java.nio. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission); // not a POSIX file system: Hadoop's way
      }
    }
  }

  /** The nine rwx bits of an octal mode (sticky and set-id bits are not set by Hadoop's local writes). */
  static Set<PosixFilePermission> posix(int mode) {
    PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ};
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < order.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(order[bit]);
      }
    }
    return set;
  }
}
