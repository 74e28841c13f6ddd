package dev.hybridstore.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each service's src/main/docker: a JVM image from the prebuilt fast-jar and a native image from the runner. */
class DockerfilesTest {

    static final Map<String, String> PORTS = Map.of("core-api", "8080", "order-consumer", "8081", "cache-worker", "8082",
            "ai-worker", "8083");

    final Path root = Repo.root();

    @Test
    void jvmImagesCopyTheFourFastJarLayersAndRunAsUser185() {
        PORTS.forEach((service, port) -> {
            Path file = root.resolve(service + "/src/main/docker/Dockerfile.jvm");
            assertThat(file).isRegularFile();
            assertThat(Repo.read(file)).as("%s", file)
                    .containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime(:\\S+)?$")
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                            "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                            "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                            "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/")
                    .containsPattern("(?m)^EXPOSE " + port + "$")
                    .containsPattern("(?m)^USER 185$")
                    .contains("JAVA_OPTS", "ENTRYPOINT");
        });
    }

    @Test
    void nativeImagesRunTheRunnerOnAllInterfacesAndSayHowToBuildIt() {
        PORTS.forEach((service, port) -> {
            Path file = root.resolve(service + "/src/main/docker/Dockerfile.native");
            assertThat(file).isRegularFile();
            String text = Repo.read(file);
            assertThat(text).as("%s", file)
                    .startsWith("#")
                    .contains("-Pnative -Dquarkus.native.sources-only=false")
                    .containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/ubi-minimal(:\\S+)?$")
                    .containsPattern("(?m)^COPY .*target/\\*-runner ")
                    .containsPattern("(?m)^EXPOSE " + port + "$")
                    .containsPattern("(?m)^ENTRYPOINT .*-Dquarkus\\.http\\.host=0\\.0\\.0\\.0");
        });
    }

    @Test
    void bothCoreApiImagesHaveThePostgresToolsOfBackupsAndAWritableBackupDir() {
        for (String image : List.of("Dockerfile.jvm", "Dockerfile.native")) {
            String text = Repo.read(root.resolve("core-api/src/main/docker/" + image));
            Matcher dir = Pattern.compile("(?m)^ENV .*BACKUP_DIR=(\\S+)").matcher(text);
            assertThat(dir.find()).as("%s sets BACKUP_DIR", image).isTrue();
            assertThat(text).as(image)
                    .containsPattern("(?m)^RUN microdnf module enable -y postgresql:15 && microdnf install -y postgresql ")
                    .containsPattern("(?m)^RUN .*mkdir -p " + Pattern.quote(dir.group(1)) + " && chown ");
        }
    }
}
