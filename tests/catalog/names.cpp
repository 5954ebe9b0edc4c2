// Check 6: every row of CATALOG.md is in actdiff::catalog::activations.
// Reads the file named by argv[1] (shared/CATALOG.md beside the clone) and
// argv[2], the committed copy of its names (catalog_rows.txt): the check runs
// on CATALOG.md when it is there (and then the copy must match it), on the
// copy otherwise. Names come from the first
// column of both tables: "silu / swish" is two names, "softmax_i(z1..zn)" is
// softmax, "glu(a, b)" is glu.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/hana/for_each.hpp>

#include <actdiff/activations/catalog.hpp>

namespace {
std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// The names in one first-column cell.
std::vector<std::string> names_in(std::string cell) {
  std::vector<std::string> out;
  if (const auto paren = cell.find('('); paren != std::string::npos) cell.resize(paren);
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto slash = cell.find('/', start);
    if (slash == std::string::npos) slash = cell.size();
    std::string n = trim(std::string_view(cell).substr(start, slash - start));
    if (n.size() > 2 && n.ends_with("_i")) n.resize(n.size() - 2);  // softmax_i: component i
    if (!n.empty()) out.push_back(n);
    start = slash + 1;
  }
  return out;
}

// The names of CATALOG.md's two tables; tables = the number of tables seen.
int parse_catalog_md(std::ifstream& in, std::vector<std::string>& rows, std::size_t& tables) {
  std::string line;
  bool in_table = false;
  while (std::getline(in, line)) {
    const std::string t = trim(line);
    if (!t.starts_with("|")) {
      in_table = false;
      continue;
    }
    const auto bar = t.find('|', 1);
    const std::string cell = trim(std::string_view(t).substr(1, bar == std::string::npos ? 0 : bar - 1));
    if (!in_table) {  // the header row
      in_table = true;
      ++tables;
      if (cell != "name") {
        std::cerr << "FAIL: a table whose first column is not \"name\": " << t << "\n";
        return 1;
      }
      continue;
    }
    if (cell.starts_with("---") || cell.starts_with(":-")) continue;  // the separator row
    for (auto& n : names_in(cell)) rows.push_back(n);
  }
  return 0;
}

std::vector<std::string> read_copy(std::ifstream& in) {
  std::vector<std::string> rows;
  std::string line;
  while (std::getline(in, line)) {
    const std::string t = trim(line);
    if (!t.empty() && !t.starts_with("#")) rows.push_back(t);
  }
  return rows;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: catalog_names path/to/CATALOG.md path/to/catalog_rows.txt\n";
    return 2;
  }
  std::ifstream copy_in(argv[2]);
  if (!copy_in) {
    std::cerr << "FAIL: " << argv[2] << " is not there\n";
    return 1;
  }
  const std::vector<std::string> copy = read_copy(copy_in);
  std::vector<std::string> rows;
  std::size_t tables = 2;
  int failures = 0;
  if (std::ifstream in(argv[1]); in) {
    tables = 0;
    if (parse_catalog_md(in, rows, tables) != 0) return 1;
    if (rows != copy) {
      std::cerr << "FAIL: " << argv[2] << " differs from the names of " << argv[1] << "\n";
      ++failures;
    }
    std::cout << "checking " << argv[1] << "\n";
  } else {
    rows = copy;
    std::cout << argv[1] << " is not there; checking its copy " << argv[2] << "\n";
  }

  std::multiset<std::string> in_catalog;
  boost::hana::for_each(actdiff::catalog::activations,
                        [&](auto entry) { in_catalog.insert(std::string(decltype(entry)::name)); });

  // both tables, and a plausible number of rows (a parse that finds nothing must fail)
  if (tables != 2) {
    std::cerr << "FAIL: expected the two tables of CATALOG.md, found " << tables << "\n";
    ++failures;
  }
  if (rows.size() < 30) {
    std::cerr << "FAIL: only " << rows.size() << " names found\n";
    ++failures;
  }
  for (const auto& n : rows) {
    if (in_catalog.count(n) == 0) {
      std::cerr << "FAIL: CATALOG.md lists " << n << ", actdiff::catalog::activations does not\n";
      ++failures;
    }
  }
  for (const auto& n : in_catalog) {
    if (in_catalog.count(n) > 1) {
      std::cerr << "FAIL: " << n << " is in actdiff::catalog::activations more than once\n";
      ++failures;
    }
    bool listed = false;
    for (const auto& r : rows) listed = listed || r == n;
    if (!listed) std::cout << "note: " << n << " is in the catalog but not a row of CATALOG.md\n";
  }
  std::cout << rows.size() << " names in CATALOG.md, " << in_catalog.size() << " catalog entries, " << failures
            << " failures\n";
  return failures == 0 ? 0 : 1;
}
