package org.eads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The e-ADS application. The jar's entry point is the command line, {@code org.eads.cli.EadsCli}. */
@SpringBootApplication
@EnableConfigurationProperties(EadsProperties.class)
@EnableScheduling
public class EadsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EadsApplication.class, args);
    }
}
