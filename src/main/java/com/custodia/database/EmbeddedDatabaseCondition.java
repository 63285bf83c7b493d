package com.custodia.database;

import java.util.Map;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

class EmbeddedDatabaseCondition implements Condition {

	static boolean isEmbedded(org.springframework.core.env.Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnEmbeddedDatabase.class.getName());
		boolean wanted = attributes == null || (boolean) attributes.get("value");
		return isEmbedded(context.getEnvironment()) == wanted;
	}

}
