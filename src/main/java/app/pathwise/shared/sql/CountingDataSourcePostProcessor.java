package app.pathwise.shared.sql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Wraps the application's data source so every executed statement is counted
 * ({@link StatementCounter}). The wrapper adds one counter increment per statement.
 */
@Component
class CountingDataSourcePostProcessor implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, DataSource.class, this::wrapConnection);
        }
        return bean;
    }

    private Object wrapConnection(Object result) {
        if (result instanceof Connection connection) {
            return wrap(connection, Connection.class, this::wrapStatement);
        }
        return result;
    }

    private Object wrapStatement(Object result) {
        if (result instanceof CallableStatement statement) {
            return countingStatement(statement, CallableStatement.class);
        }
        if (result instanceof PreparedStatement statement) {
            return countingStatement(statement, PreparedStatement.class);
        }
        if (result instanceof Statement statement) {
            return countingStatement(statement, Statement.class);
        }
        return result;
    }

    private static <T> T countingStatement(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                StatementCounter.increment();
            }
            return invoke(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static <T> T wrap(T target, Class<T> type, java.util.function.UnaryOperator<Object> onResult) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                && wanted.isInstance(target)) {
                return target;
            }
            return onResult.apply(invoke(target, method, args));
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
