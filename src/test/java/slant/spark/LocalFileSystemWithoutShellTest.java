package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions set through java.nio come out as Hadoop's chmod would set them. */
class LocalFileSystemWithoutShellTest {

  @TempDir
  java.nio.file.Path tmp;

  @Test
  void octalModesMapToPosixPermissions() {
    assertEquals(PosixFilePermissions.fromString("rw-r--r--"), LocalFileSystemWithoutShell.posix(0644));
    assertEquals(PosixFilePermissions.fromString("rwxr-x--x"), LocalFileSystemWithoutShell.posix(0751));
    assertEquals(PosixFilePermissions.fromString("---------"), LocalFileSystemWithoutShell.posix(0));
  }

  @Test
  void filesAndFoldersGetTheRequestedPermissions() throws IOException {
    try (LocalFileSystemWithoutShell fs = new LocalFileSystemWithoutShell()) {
      fs.initialize(java.net.URI.create("file:///"), new Configuration());
      Path dir = new Path(tmp.resolve("t/date=2024-06-18").toUri());
      fs.mkdirs(dir, new FsPermission((short) 0750));
      Path file = new Path(dir, "part-0.parquet");
      try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20,
          null)) {
        out.writeBytes("x");
      }
      assertEquals("rwxr-x---", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(tmp.resolve("t/date=2024-06-18"))));
      assertEquals("rw-r-----", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(tmp.resolve("t/date=2024-06-18/part-0.parquet"))));
    }
  }
}
