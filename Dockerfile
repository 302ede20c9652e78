# syntax=docker/dockerfile:1
# Pathwise image: the jar is built with the Maven wrapper, then run on a JRE as an unprivileged
# user. The production jar carries no embedded PostgreSQL: set SPRING_DATASOURCE_URL, _USERNAME
# and _PASSWORD (docker-compose.yml does).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
 && cp target/pathwise-*.jar application.jar
# Layers: dependencies change less often than the application, so image updates stay small.
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
# curl for the health check; a fixed numeric user so orchestrators can verify it is not root.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 pathwise \
 && useradd --system --uid 10001 --gid pathwise --home-dir /application --shell /usr/sbin/nologin pathwise
WORKDIR /application
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# The first start migrates the schema and may seed the demo organisation: allow it time.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
