// The commands of the actdiff program; each returns the exit status and
// throws usage_error on bad input.
#ifndef ACTDIFF_TOOLS_COMMANDS_HPP
#define ACTDIFF_TOOLS_COMMANDS_HPP

#include <string>
#include <vector>

namespace cli {
using argv_t = std::vector<std::string>;
int cmd_list(const argv_t& args);
int cmd_show(const argv_t& args);
int cmd_eval(const argv_t& args);
int cmd_table(const argv_t& args);
int cmd_plot(const argv_t& args);
int cmd_verify(const argv_t& args);
int cmd_accuracy(const argv_t& args);
int cmd_catalog(const argv_t& args);
}  // namespace cli

#endif
