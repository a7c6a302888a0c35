# The interface catalogues, included by app/CMakeLists.txt. The .ts files are the sources, kept
# in the repository and filled in with Qt Linguist; `cmake --build build --target
# update_translations` refreshes them from the code, and the .qm files compiled from them are
# built into the program (":/i18n").
# tests/translations fails when a shipped language has a string without a finished translation.
set(RB_LANGUAGES es fr)
set(RB_TS_FILES)
foreach(language IN LISTS RB_LANGUAGES)
    list(APPEND RB_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/rosterbridge_${language}.ts)
endforeach()
# English only carries the plural forms of "%n" strings.
set(RB_TS_ENGLISH ${CMAKE_CURRENT_LIST_DIR}/rosterbridge_en.ts)
set(RB_TS_SOURCES core ui app)
# The include paths let lupdate see the classes (and their namespace) behind each tr().
set(RB_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines -silent -I core -I ui
    CACHE INTERNAL "lupdate options, shared with tests/unit/tst_ui_translations")

add_custom_target(update_translations
    COMMAND Qt6::lupdate ${RB_LUPDATE_OPTIONS} ${RB_TS_SOURCES} -ts ${RB_TS_FILES}
    COMMAND Qt6::lupdate ${RB_LUPDATE_OPTIONS} -pluralonly ${RB_TS_SOURCES} -ts ${RB_TS_ENGLISH}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from core/, ui/ and app/"
    VERBATIM)

qt_add_lrelease(rosterbridge TS_FILES ${RB_TS_ENGLISH} ${RB_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE RB_QM_FILES OPTIONS -silent)
qt_add_resources(rosterbridge rosterbridge_i18n PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${RB_QM_FILES})
