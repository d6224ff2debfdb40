package io.corroborate.eval.coref;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn–Munkres, with potentials, O(n³)): the one-to-one assignment of rows to
 * columns that maximises the summed weight of a rectangular matrix of non-negative weights.
 */
final class Assignment {
  private Assignment() {}

  /** The largest sum of weights of a one-to-one matching of rows to columns. */
  static double maxSum(double[][] w) {
    int rows = w.length;
    int cols = rows == 0 ? 0 : w[0].length;
    if (rows == 0 || cols == 0) {
      return 0;
    }
    int n = Math.max(rows, cols);
    double max = 0;
    for (double[] r : w) {
      for (double v : r) {
        max = Math.max(max, v);
      }
    }
    // Minimise cost = max − weight over a square matrix padded with zero-weight cells.
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double v = i <= rows && j <= cols ? w[i - 1][j - 1] : 0;
        cost[i][j] = max - v;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double sum = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        sum += w[i - 1][j - 1];
      }
    }
    return sum;
  }
}
