package app.pathwise.people.web;

import app.pathwise.people.importing.PeopleImport;
import app.pathwise.shared.web.UploadLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The people import's upload limit, checked before anything reads the upload. */
@Configuration(proxyBeanMethods = false)
class PeopleUploadLimit {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> peopleImportUploadLimitFilter() {
        return UploadLimitFilter.register("/people/import", PeopleImport.MAX_MEGABYTES, "/people/import");
    }
}
