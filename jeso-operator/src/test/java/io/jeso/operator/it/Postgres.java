package io.jeso.operator.it;

import io.jeso.testkit.TestEnv;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The test's look at testenv's PostgreSQL: as its superuser, and as users Vault issued. */
record Postgres(TestEnv env) {
  String url() {
    return "jdbc:postgresql://"
        + env.get("JESO_PG_HOST")
        + ":"
        + env.get("JESO_PG_PORT")
        + "/"
        + env.get("JESO_PG_DB");
  }

  /** Logs in and runs a query, as an application would. */
  boolean canLogIn(String user, String password) {
    try (Connection c = DriverManager.getConnection(url(), user, password);
        PreparedStatement q = c.prepareStatement("select current_user")) {
      try (ResultSet r = q.executeQuery()) {
        return r.next() && user.equals(r.getString(1));
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Users Vault created for database role {@code vaultRole}: Vault's default username template puts
   * the role's first 8 characters in every name ({@code v-<auth>-<role>-<random>-<time>}).
   */
  int usersOf(String vaultRole) {
    String prefix = vaultRole.length() > 8 ? vaultRole.substring(0, 8) : vaultRole;
    return count("select count(*) from pg_roles where rolname like ?", "v-%-" + prefix + "-%");
  }

  boolean roleExists(String role) {
    return count("select count(*) from pg_roles where rolname = ?", role) > 0;
  }

  private int count(String sql, String arg) {
    try (Connection c =
            DriverManager.getConnection(
                url(), env.get("JESO_PG_USER"), env.get("JESO_PG_PASSWORD"));
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, arg);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot query pg_roles: " + e.getSQLState(), e);
    }
  }
}
