package org.eads;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The e-ADS application. The jar's entry point is the command line, {@code org.eads.cli.EadsCli}. */
@SpringBootApplication
@EnableConfigurationProperties(EadsProperties.class)
@EnableScheduling
public class EadsApplication {

    /** The time every deadline is measured by; tests put a clock of their own in its place. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(EadsApplication.class, args);
    }
}
