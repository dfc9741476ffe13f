import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Generates the demo key pairs the run script needs on first start, as PEM files in the folder
 * given as the only argument: the Salesforce org's pair (the sandbox signs the package's callouts
 * with it, the bridge verifies them) and the bridge's pair (the bridge signs its JWT bearer
 * assertions, the sandbox's connected app verifies them). Existing files are left alone.
 * Run with the JDK alone: {@code java server-config/DemoKeys.java o2c-data/keys}.
 */
public class DemoKeys {

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 1) {
            System.err.println("usage: java DemoKeys.java <folder>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        writePairUnlessPresent(dir, "salesforce-org");
        writePairUnlessPresent(dir, "bridge");
    }

    private static void writePairUnlessPresent(Path dir, String name) throws IOException, NoSuchAlgorithmException {
        Path privatePem = dir.resolve(name + "-private.pem");
        Path publicPem = dir.resolve(name + "-public.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            return;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its defaults
        }
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        System.out.println("Generated demo key pair " + privatePem.getFileName() + " / " + publicPem.getFileName());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
