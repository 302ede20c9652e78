package app.pathwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwiseApplication.class, args);
    }
}
