# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into a copy of the German catalogue and
# fails if any message is unfinished (new, changed or untranslated).
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/tideline_de.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
  COMMAND ${LUPDATE} -no-obsolete -locations none -extensions cpp,h
          ${SOURCE_DIR}/core ${SOURCE_DIR}/widgets ${SOURCE_DIR}/app -ts ${copy}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" missing "${missing}")
  message(FATAL_ERROR "${count} German translation(s) missing; run the update_translations target and translate them in translations/tideline_de.ts:\n${missing}")
endif()
message(STATUS "German catalogue complete")
