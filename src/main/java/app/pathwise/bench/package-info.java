/**
 * Benchmark fixtures, active only under the Spring profile {@code bench}: the TechEmpower Fortunes
 * page as a reference for what one query and one Thymeleaf render cost on this machine, and the
 * total SQL statement count so {@code bench/run.sh} can measure statements per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark")
package app.pathwise.bench;
