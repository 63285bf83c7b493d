package com.custodia.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements run on the current thread (MockMvc requests run on the test's thread), by wrapping the
 * application's DataSource. {@code counter.reset(); mvc.perform(...); counter.statements()}.
 */
@TestComponent
public class QueryCounter implements BeanPostProcessor {

	private static final String NAME = "custodia";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
			return ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery()
				.afterQuery((execution, queries) -> queries.forEach((query) -> SQL.get().add(query.getQuery())))
				.build();
		}
		return bean;
	}

	private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

	public void reset() {
		QueryCountHolder.clear();
		SQL.get().clear();
	}

	/** The statements run since the last reset, for a failing assertion to show. */
	public java.util.List<String> sql() {
		return java.util.List.copyOf(SQL.get());
	}

	/** Statements of every kind run since the last reset. */
	public long statements() {
		QueryCount count = QueryCountHolder.get(NAME);
		return (count == null) ? 0 : count.getTotal();
	}

}
